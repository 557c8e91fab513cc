#!/usr/bin/env python3
# Our own re-implementation (k-anonymity only, default settings) of the scores ARX 3.9.2 reports; used to check the
# definitions in README.md. Usage: verify_metrics.py LEVELS [LEVELS...], e.g. 0,3,0,0,1,1,1,2 (k=5).
#   verify_metrics.py --lattice FILE METRIC N   compares N sampled nodes of a lattice-k5-* file (k=5) exactly.
import csv, math, sys
from collections import Counter, OrderedDict
import os
D=os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','..','..','datasets','arx')+os.sep
QI=["sex","age","race","marital-status","education","native-country","workclass","occupation"]
rows=list(csv.reader(open(D+'adult.csv'),delimiter=';')); hdr=rows[0]; rows=rows[1:]; n=len(rows)
H={q:[r for r in csv.reader(open(D+f'adult_hierarchy_{q}.csv'),delimiter=';') if r] for q in QI}
M={q:{r[0]:r for r in H[q]} for q in QI}
idx=[hdr.index(q) for q in QI]
def floor10(x): return math.floor(x*1e10)/1e10
def classes(lv):
    return Counter(tuple(M[q][r[i]][l] for q,i,l in zip(QI,idx,lv)) for r in rows)
def metrics(lv,k):
    c=classes(lv)
    kept={t:v for t,v in c.items() if v>=k}; sup={t:v for t,v in c.items() if v<k}
    S=sum(sup.values()); U=n-S
    out={}
    # Loss: share = leaves of the hierarchy table under the generalised value / rows of the table
    loss=[]
    for d,q in enumerate(QI):
        cnt=Counter(r[lv[d]] for r in H[q])
        s=sum(v*cnt[t[d]]/len(H[q]) for t,v in kept.items())+S
        mn=n/len(H[q]); loss.append(floor10(max((s-mn)/(n-mn),0.0)))
    g=1.0
    for x in loss: g*=math.pow(x+1.0,1.0/8)
    out['loss']=g-1.0
    # Precision (non-monotonic): per QI (U*level/height + S)/n, arithmetic mean
    prec=[(U*(lv[d]/(len(H[q][0])-1))+S)/n for d,q in enumerate(QI)]
    a=0.0
    for x in prec: a+=(x/8)*1.0
    out['precision']=a
    # Discernability (non-monotonic): kept classes |E|^2, suppressed records n each
    out['discernability']=float(sum(v*v for v in kept.values())+n*S)
    # AECS
    out['aecs']=n/(len(kept)+(1 if S>0 else 0))
    # Non-uniform entropy (non-monotonic), log2, SUM
    ent=[]
    for d,q in enumerate(QI):
        a0=OrderedDict()
        for r in rows: a0[r[idx[d]]]=a0.get(r[idx[d]],0)+1
        b=Counter()
        for v,cv in a0.items(): b[M[q][v][lv[d]]]+=cv
        val=0.0
        for v,cv in a0.items(): val+=cv*(math.log(cv/b[M[q][v][lv[d]]])/math.log(2))
        if S:
            sc=Counter()
            for t,v in sup.items(): sc[t[d]]+=v
            for t,cv in sc.items(): val+=cv*(math.log(cv/S)/math.log(2))*1.0
        ent.append(floor10(-val if val!=0.0 else val))
    s=0.0
    for x in ent: s+=x*1.0
    out['entropy']=s; out['entropy_per_qi']=ent
    out['height']=float(sum(lv))
    out['suppressed']=S
    return out
if __name__=='__main__':
    if sys.argv[1]=='--lattice':
        import random
        f, metric, count = sys.argv[2], sys.argv[3], int(sys.argv[4])
        lrows=[l.rstrip('\n').split(';') for l in open(f)][1:]
        random.seed(14)
        bad=0
        for r in random.sample(lrows, count):
            lv=tuple(int(x) for x in r[0].split(','))
            mine=metrics(lv,5)[metric]
            ok = float(r[2])==mine
            bad += not ok
            print(r[0], r[2], repr(mine), 'equal' if ok else 'DIFFERENT')
        print(metric, count, 'nodes,', bad, 'different')
        sys.exit(1 if bad else 0)
    for arg in sys.argv[1:]:
        lv=tuple(int(x) for x in arg.split(','))
        print(lv, metrics(lv,5))
