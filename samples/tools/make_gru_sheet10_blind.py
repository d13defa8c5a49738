from gru_sheet10_model import *
import os, openpyxl
from openpyxl.chart import LineChart, Reference
import matplotlib; matplotlib.use('Agg'); import matplotlib.pyplot as plt
D=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gru-sheet10'); os.makedirs(D,exist_ok=True)
f4=lambda v:'%.4f'%v
de=lambda v:f4(v).replace('.',',')
ANS2a="The reset gate decides how much of the previous hidden state is used when the candidate h̃ is computed; with r ≈ 0 the candidate ignores the past."
ANS2b="Because the update gate can keep the state almost unchanged (h is copied over many steps with z close to 0), the gradient flows back without vanishing as fast as in a vanilla RNN."
ANS3="Die GRU hat nur zwei Gates statt drei: das Update-Gate übernimmt die Rolle von Eingangs- und Vergessensgate, und es gibt keinen separaten Zellzustand und kein Ausgangsgate. Deshalb braucht sie weniger Gewichtsmatrizen."

# 1 CSV with German decimal commas, reference form, no text answers, no plot
rows,y=run()
with open(f'{D}/301001_Anna_Becker.csv','w',encoding='utf-8') as f:
  f.write('Anna Becker 301001\n')
  f.write('t;z1;z2;r1;r2;h~1;h~2;h1;h2\n')
  for t,rw in enumerate(rows,1):
    f.write(';'.join([str(t)]+[de(v) for k in ('z','r','ht','h') for v in rw[k]])+'\n')
  f.write(f'y(4);{de(y)}\n')

# 2 Markdown, reference form, per-step lines, y without step, answers under Aufgabe headings
rows,y=run()
L=['# Übungsblatt 10 — Ben Schulz (301002)','','## Aufgabe 1','']
for t,rw in enumerate(rows,1):
  L+= [f'### t = {t}','',
       f'- z({t}) = ({f4(rw["z"][0])}, {f4(rw["z"][1])})',
       f'- r({t}) = ({f4(rw["r"][0])}, {f4(rw["r"][1])})',
       f'- h̃({t}) = ({f4(rw["ht"][0])}, {f4(rw["ht"][1])})',
       f'- h({t}) = ({f4(rw["h"][0])}, {f4(rw["h"][1])})','']
L+=['b) Output:','',f'y = {f4(y)}','','## Aufgabe 2','',f'a) {ANS2a}','',f'b) {ANS2b}','','## Aufgabe 3','',ANS3,'']
open(f'{D}/301002_Ben_Schulz.md','w').write('\n'.join(L))

# 3 XLSX with openpyxl, table + line chart of h, reference form
rows,y=run()
wb=openpyxl.Workbook(); ws=wb.active; ws.title='GRU'
ws.append(['Clara Wolf','301003'])
ws.append(['t','z[1]','z[2]','r[1]','r[2]','h~[1]','h~[2]','h[1]','h[2]'])
ws.append([0,None,None,None,None,None,None,0,0])
for t,rw in enumerate(rows,1):
  ws.append([t]+[round(float(v),5) for k in ('z','r','ht','h') for v in rw[k]])
ws.append([]); ws.append(['y(4)',round(y,5)])
ch=LineChart(); ch.title='hidden state h(t)'; ch.x_axis.title='t'
ch.add_data(Reference(ws,min_col=8,max_col=9,min_row=2,max_row=7),titles_from_data=True)
ch.set_categories(Reference(ws,min_col=1,min_row=3,max_row=7)); ws.add_chart(ch,'K2')
wb.save(f'{D}/301003_Clara_Wolf.xlsx')

# 4 TXT, the other update form (h = z·h(t-1) + (1-z)·h~), full answers
rows,y=run(update='prev')
L=['David Klein, 301004','Aufgabe 1','I use h(t) = z(t)*h(t-1) + (1-z(t))*h~(t) as in the lecture notes of PyTorch.','']
for t,rw in enumerate(rows,1):
  for k,lab in (('z','z'),('r','r'),('ht','h~'),('h','h')):
    L.append(f'{lab}({t}) = [{f4(rw[k][0])}, {f4(rw[k][1])}]')
  L.append('')
L+=[f'y(4) = {f4(y)}','','Aufgabe 2','a) '+ANS2a,'b) '+ANS2b,'','Aufgabe 3',ANS3]
open(f'{D}/301004_David_Klein.txt','w').write('\n'.join(L)+'\n')

# 5 CSV, reset gate forgotten, comma-separated with header, decimal point
rows,y=run(reset=False)
with open(f'{D}/301005_Eva_Braun.csv','w') as f:
  f.write('name,Eva Braun\n')
  f.write('t,z[1],z[2],r[1],r[2],candidate[1],candidate[2],h[1],h[2],y\n')
  for t,rw in enumerate(rows,1):
    f.write(','.join([str(t)]+[f4(v) for k in ('z','r','ht','h') for v in rw[k]]+([f4(y)] if t==4 else ['']))+'\n')

# 6 folder: Markdown table + PNG plot; prose answers under "Aufgabe 3" heading, Aufgabe 2 in prose with a) b)
rows,y=run()
os.makedirs(f'{D}/301006_Felix_Neumann',exist_ok=True)
L=['Felix Neumann (301006)','','# Aufgabe 1','','| t | z1 | z2 | r1 | r2 | h̃1 | h̃2 | h1 | h2 |','|---|---|---|---|---|---|---|---|---|']
for t,rw in enumerate(rows,1):
  L.append('| '+' | '.join([str(t)]+[f4(v) for k in ('z','r','ht','h') for v in rw[k]])+' |')
L+=['',f'Output at the last step: y(4) = {f4(y)}','','The plot of h is in plot.png.','',
    '# Aufgabe 2','','a) Mit dem Reset-Gate wird gesteuert, wie viel vom vorherigen Zustand in den Kandidaten h̃ eingeht. Ist r nahe 0, wird die Vergangenheit beim Kandidaten ignoriert.','',
    'b) Der Zustand wird additiv aktualisiert; wenn z klein ist, wird h fast unverändert kopiert, so dass der Gradient über viele Schritte zurückfließen kann.','',
    '# Aufgabe 3','',
    'Compared with the LSTM, the GRU gets by with two gates instead of three, since one update gate replaces the input and the forget gate, and it keeps no separate cell state. Each gate costs a U, a W and a b, so fewer gates mean fewer parameters.','']
open(f'{D}/301006_Felix_Neumann/loesung.md','w').write('\n'.join(L))
H=np.array([[0,0]]+[rw['h'] for rw in rows])
plt.plot(range(5),H[:,0],'o-',label='h1'); plt.plot(range(5),H[:,1],'s-',label='h2'); plt.xlabel('t'); plt.legend(); plt.title('Felix Neumann: h(t)')
plt.savefig(f'{D}/301006_Felix_Neumann/plot.png',dpi=80); plt.close()

# 7 TXT: sigmoid for the candidate; German decimal commas, "Schritt" headings
rows,y=run(cact=s)
L=['Greta Vogel 301007','Aufgabe 1 a)']
for t,rw in enumerate(rows,1):
  L+=[f'Schritt {t}:', f'  z = ({de(rw["z"][0])}; {de(rw["z"][1])})', f'  r = ({de(rw["r"][0])}; {de(rw["r"][1])})',
      f'  h~ = ({de(rw["ht"][0])}; {de(rw["ht"][1])})', f'  h = ({de(rw["h"][0])}; {de(rw["h"][1])})']
L+=['Aufgabe 1 b)', f'y(4) = {de(y)}','','Aufgabe 3','The GRU has more gates than the LSTM but they are smaller.']
open(f'{D}/301007_Greta_Vogel.txt','w').write('\n'.join(L)+'\n')

# 8 TXT: U and W swapped, tab-separated table pasted from a spreadsheet
rows,y=run(swap=True)
L=['Hanna Fischer 301008','','t\tz1\tz2\tr1\tr2\th~1\th~2\th1\th2']
for t,rw in enumerate(rows,1):
  L.append('\t'.join([str(t)]+[f4(v) for k in ('z','r','ht','h') for v in rw[k]]))
L+=['',f'y(4) = {f4(y)}','','Aufgabe 3: The GRU has no cell state and only two gates.']
open(f'{D}/301008_Hanna_Fischer.txt','w').write('\n'.join(L)+'\n')
