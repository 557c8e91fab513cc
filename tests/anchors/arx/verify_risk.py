#!/usr/bin/env python3
# Our re-implementation of how ARX 3.9.2 enforces AverageReidentificationRisk with suppression (Loss metric), checked
# against three optima of search.csv. Usage: verify_risk.py
import sys, math
import os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import verify_metrics as V
from collections import Counter
QI=V.QI; n=V.n
def first_rows(lv):
    first={}; cnt=Counter()
    for i,r in enumerate(V.rows):
        t=tuple(V.M[q][r[j]][l] for q,j,l in zip(QI,V.idx,lv))
        cnt[t]+=1
        first.setdefault(t,i)
    return cnt, first
def shares(q,l):
    c=Counter(r[l] for r in V.H[q]); return {k:v/len(V.H[q]) for k,v in c.items()}
def risk(lv, avg=None, h=None, atrisk=None):
    cnt, first = first_rows(lv)
    sh=[shares(q,l) for q,l in zip(QI,lv)]
    def cls_loss(t):  # ARX: per-QI count*share, geometric-mean aggregate
        g=1.0
        for d in range(8): g*=math.pow(cnt[t]*sh[d][t[d]]+1.0,1/8)
        return g-1.0
    top=tuple(V.H[q][0][-1] for q in QI)
    ents=[t for t in cnt if t!=top]
    ents.sort(key=lambda t:(cnt[t], cls_loss(t), first[t]))
    thr=None
    if h is not None:
        size=1/h; fl=math.floor(size); thr=int(fl+1 if (1/fl)-(1/size)>=0.01*h else fl)
    def ok(p):
        kept=ents[p:]; recs=sum(cnt[t] for t in kept)
        if recs==0: return True
        res = len(kept)/recs <= avg if avg is not None else True
        if res and thr is not None:
            res = sum(cnt[t] for t in kept if cnt[t]<thr)/recs <= atrisk
        return res
    p=next(p for p in range(len(ents)+1) if ok(p))
    supp=set(ents[:p]); S=sum(cnt[t] for t in supp)
    loss=[]
    for d,q in enumerate(QI):
        s=sum(v*sh[d][t[d]] for t,v in cnt.items() if t not in supp)+S
        mn=n/len(V.H[q]); loss.append(V.floor10(max((s-mn)/(n-mn),0.0)))
    g=1.0
    for x in loss: g*=math.pow(x+1.0,1/8)
    return S, len(cnt)-len(supp), g-1.0
print('avg0.05/0.05 ARX: 1122 1452 0.16370123146563986 ->', risk((0,3,0,0,2,1,0,1),avg=0.05))
print('avg0.1/0.02  ARX: 557 2960 0.11420961288323239 ->', risk((0,3,0,0,2,0,0,1),avg=0.1))
print('atrisk/0.05  ARX: 1213 1133 0.18169407990847297 ->', risk((0,3,0,0,1,1,1,1),avg=1.0,h=0.2,atrisk=0.05))
