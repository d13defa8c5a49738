import math
sig=lambda v:1/(1+math.exp(-v))
def mv(M,v): return [sum(a*b for a,b in zip(row,v)) for row in M]
def add(*vs): return [sum(t) for t in zip(*vs)]
def had(a,b): return [x*y for x,y in zip(a,b)]
def ap(f,v): return [f(t) for t in v]
def fmt(v): return ", ".join("%.6f"%t for t in v)

print("GRU")
P=dict(
 z=dict(U=[[0.4,-0.2],[0.1,0.3]],W=[[0.2,0.0],[-0.1,0.5]],b=[0.0,0.1]),
 r=dict(U=[[-0.3,0.6],[0.2,0.2]],W=[[0.1,0.3],[0.0,-0.2]],b=[0.1,0.0]),
 c=dict(U=[[0.7,0.1],[-0.5,0.4]],W=[[0.3,-0.4],[0.2,0.6]],b=[0.0,-0.1]))
V=[[0.8,-0.6]]; c=[0.1]
xs=[[1,0.5],[-0.5,1],[0.2,-0.3]]
h=[0.1,-0.2]
for t,x in enumerate(xs,1):
  z=ap(sig,add(P['z']['b'],mv(P['z']['U'],x),mv(P['z']['W'],h)))
  r=ap(sig,add(P['r']['b'],mv(P['r']['U'],x),mv(P['r']['W'],h)))
  cand=ap(math.tanh,add(P['c']['b'],mv(P['c']['U'],x),mv(P['c']['W'],had(r,h))))
  h=add(had([1-a for a in z],h),had(z,cand))
  o=ap(sig,add(c,mv(V,h)))
  print(t,"z",fmt(z),"r",fmt(r),"cand",fmt(cand),"h",fmt(h),"out",fmt(o))

print("LSTM vector")
P=dict(
 g=dict(U=[[0.5,-0.1],[0.2,0.3]],W=[[0.1,0.2],[0.0,-0.3]],b=[0.0,0.1]),
 f=dict(U=[[0.3,0.3],[-0.2,0.1]],W=[[0.2,-0.1],[0.1,0.1]],b=[1.0,0.5]),
 q=dict(U=[[-0.4,0.2],[0.6,0.1]],W=[[0.0,0.3],[0.2,0.0]],b=[0.2,0.0]),
 c=dict(U=[[0.9,-0.3],[0.1,0.8]],W=[[-0.2,0.1],[0.3,0.2]],b=[0.0,-0.2]))
V=[[1.0,-0.5],[0.3,0.7]]; c=[0.0,0.2]
xs=[[1,-1],[0.5,0.5],[-0.2,0.8]]
h=[0.05,-0.1]; s=[0.2,0.3]
def gate(u,x,h): return add(P[u]['b'],mv(P[u]['U'],x),mv(P[u]['W'],h))
for t,x in enumerate(xs,1):
  g=ap(sig,gate('g',x,h)); f=ap(sig,gate('f',x,h)); q=ap(sig,gate('q',x,h)); cand=ap(sig,gate('c',x,h))
  s=add(had(f,s),had(g,cand)); h=had(ap(math.tanh,s),q); o=ap(sig,add(c,mv(V,h)))
  print(t,"g",fmt(g),"f",fmt(f),"q",fmt(q),"cand",fmt(cand),"s",fmt(s),"h",fmt(h),"out",fmt(o))

print("sheet9 tanh candidate")
x=[0.7,0.5,0.7]; h=0; s=0
for t,xt in enumerate(x,1):
  g=sig(0.1+0.3*xt-0.3*h); f=sig(0.25*xt+0.3*h); q=sig(0.2+0.4*xt+0.3*h); cand=math.tanh(1+0.01*xt+0.1*h)
  s=f*s+g*cand; h=max(0,s)*q; o=sig(5*h-1)
  print(t,"%.5f "*7%(g,f,q,cand,s,h,o))
print("follow-through s@2 from f=0.55 s1=0.42 g=0.54 cand=0.74:", 0.55*0.42+0.54*0.74)

# Forms and mistakes (issue 23). The same GRU as above unless said otherwise.
P=dict(
 z=dict(U=[[0.4,-0.2],[0.1,0.3]],W=[[0.2,0.0],[-0.1,0.5]],b=[0.0,0.1]),
 r=dict(U=[[-0.3,0.6],[0.2,0.2]],W=[[0.1,0.3],[0.0,-0.2]],b=[0.1,0.0]),
 c=dict(U=[[0.7,0.1],[-0.5,0.4]],W=[[0.3,-0.4],[0.2,0.6]],b=[0.0,-0.1]))
V=[[0.8,-0.6]]; c=[0.1]
xs=[[1,0.5],[-0.5,1],[0.2,-0.3]]
h0=[0.1,-0.2]
def lin(u,x,h): return add(P[u]['b'],mv(P[u]['U'],x),mv(P[u]['W'],h))
def gru(update="candidate", reset="before", drop=(), recurrence="previous"):
  h=h0; rows=[]
  for t,x in enumerate(xs,1):
    hp = h0 if recurrence=="initial" else h
    z=ap(sig,lin('z',x,hp)); r=ap(sig,lin('r',x,hp))
    if "reset" in drop: cand=ap(math.tanh,lin('c',x,hp))
    elif reset=="after": cand=ap(math.tanh,add(P['c']['b'],mv(P['c']['U'],x),had(r,mv(P['c']['W'],hp))))
    else: cand=ap(math.tanh,lin('c',x,had(r,hp)))
    if "update" in drop: h=cand
    elif update=="previous": h=add(had(z,hp),had([1-a for a in z],cand))
    else: h=add(had([1-a for a in z],hp),had(z,cand))
    o=ap(sig,add(c,mv(V,h)))
    rows.append((t,z,r,cand,h,o))
  return rows
for name,kw in [("update previous",dict(update="previous")),("reset after",dict(reset="after")),
                ("drop reset",dict(drop=("reset",))),("drop update",dict(drop=("update",))),
                ("recurrence initial",dict(recurrence="initial"))]:
  print("GRU", name)
  for t,z,r,cand,h,o in gru(**kw):
    print(t,"z",fmt(z),"r",fmt(r),"cand",fmt(cand),"h",fmt(h),"out",fmt(o))

# recurrence current: the state a step reads is labelled with that step: h(1) = h(0), and
# h(t) = (1 - z(t-1)) h(t-1) + z(t-1) cand(t-1); gates at t read h(t); the output reads h(t).
print("GRU recurrence current")
h=h0
for t,x in enumerate(xs,1):
  if t>1: h=add(had([1-a for a in z],h),had(z,cand))
  z=ap(sig,lin('z',x,h)); r=ap(sig,lin('r',x,h)); cand=ap(math.tanh,lin('c',x,had(r,h)))
  o=ap(sig,add(c,mv(V,h)))
  print(t,"z",fmt(z),"r",fmt(r),"cand",fmt(cand),"h",fmt(h),"out",fmt(o))

print("sheet9 gates left out (input-gate, forget-gate, output-gate), biases dropped")
for name in ["input-gate","forget-gate","output-gate","biases"]:
  x=[0.7,0.5,0.7]; h=0; s=0; out=[]
  b = 0 if name=="biases" else 1
  for t,xt in enumerate(x,1):
    g=sig(0.1*b+0.3*xt-0.3*h); f=sig(0.25*xt+0.3*h); q=sig(0.2*b+0.4*xt+0.3*h); cand=sig(1*b+0.01*xt+0.1*h)
    s=(s if name=="forget-gate" else f*s)+(cand if name=="input-gate" else g*cand)
    h=max(0,s)*(1 if name=="output-gate" else q); o=sig(5*h-1*b)
    out.append("%.6f %.6f %.6f"%(s,h,o))
  print(name, " | ".join(out))

print("sheet9 recurrence initial and current (s, h, output per step)")
def sheet9(rec):
  x=[0.7,0.5,0.7]; h=0; s=0; out=[]; hs=0  # hs: the state the step reads
  prev=None
  for t,xt in enumerate(x,1):
    if rec=="current":
      if t>1: hs=max(0,prev[0])*prev[1]   # h(t) = ReLU(s(t-1)) q(t-1)
      hr=hs; sp=s
    elif rec=="initial":
      hr=0; sp=0
    g=sig(0.1+0.3*xt-0.3*hr); f=sig(0.25*xt+0.3*hr); q=sig(0.2+0.4*xt+0.3*hr); cand=sig(1+0.01*xt+0.1*hr)
    s=f*sp+g*cand
    if rec=="current":
      prev=(s,q); h=hs
    else:
      h=max(0,s)*q
    o=sig(5*h-1)
    out.append("%.6f %.6f %.6f"%(s,h,o))
  return out
for rec in ["initial","current"]:
  print(rec, " | ".join(sheet9(rec)))
