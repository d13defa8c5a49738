import numpy as np, json, os
s=lambda v:1/(1+np.exp(-v))
X=[np.array(v,float) for v in [(1,0),(0.5,-1),(-0.5,0.5),(1,1)]]
P={k:np.array(v,float) for k,v in dict(Uz=[[0.5,-0.3],[0.2,0.4]],Wz=[[0.3,-0.2],[0.1,0.5]],bz=[0.1,-0.2],
Ur=[[-0.4,0.6],[0.3,0.2]],Wr=[[0.5,0.2],[-0.3,0.4]],br=[0.2,0.1],
Uh=[[0.8,-0.5],[0.4,0.9]],Wh=[[-0.6,0.7],[0.5,0.3]],bh=[0.1,-0.1]).items()}
V=np.array([2.0,1.0]);c=-0.5
def run(update='cand',reset=True,cact=np.tanh,bias=True,swap=False):
  h=np.zeros(2);rows=[]
  U=lambda n:P['W'+n] if swap else P['U'+n]
  W=lambda n:P['U'+n] if swap else P['W'+n]
  b=lambda n:P['b'+n]*(1 if bias else 0)
  for x in X:
    z=s(b('z')+U('z')@x+W('z')@h); r=s(b('r')+U('r')@x+W('r')@h)
    ht=cact(b('h')+U('h')@x+W('h')@((r if reset else 1)*h))
    h=(1-z)*h+z*ht if update=='cand' else z*h+(1-z)*ht
    rows.append(dict(z=z,r=r,ht=ht,h=h))
  return rows, float(s(V@h+c*(1 if bias else 0)))
