/**
 * The evaluation splits:
 *  - train:  the project's own labelled corpus (test/corpus: the shared examples, `calls.ts`,
 *            `calls-holdout.ts`); the rules were tuned on it.
 *  - dev:    ../shared/eval, 80 calls written from the contract by someone who had not read the
 *            rules; used to develop against after its first run was recorded.
 *  - sealed1: test/corpus/sealed/{a,b,c}, 150 calls written from the contract alone, before the
 *            rules were rebuilt, by authors who never saw them. Run once (rules 2.0.0, 58/150 fully
 *            right, eval/runs/); then opened and developed against like dev, as eval/README.md says.
 *  - sealed2: test/corpus/sealed2/{d,e,f}, 150 more written the same way after sealed1 was opened.
 *            Run once (71/150), then opened the same way.
 *  - sealed3: test/corpus/sealed3/{g,h,i}, 150 more written after sealed2 was opened. Run once
 *            (64/150 with rules 2.0.0); then opened, and training data for the call model.
 *  - sealed4: test/corpus/sealed4/{j,k,l}, 150 more written after sealed3 was opened, committed
 *            before the call model was tuned. Run once (95/150), then opened.
 *  - sealed5: test/corpus/sealed5/{m,n,o}, 150 more written after sealed4 was run. Run once
 *            (102/150), then opened.
 *  - sealed6: test/corpus/sealed6/{p,q,r}, 150 more written after sealed5 was run and committed
 *            unrun. Run once (107/150 at b42c39e), then opened; the next honest measure is a fresh
 *            batch (sealed7).
 *  - sealed7: test/corpus/sealed7/{s,t,u}, 150 more written after sealed6 was run and committed
 *            unrun. Run once (98/150 at 7529ef3; 100 for the engine before sealed6 was opened), then
 *            opened.
 *  - sealed8: test/corpus/sealed8/{v,w,x}, 150 more written after sealed7 was run and committed
 *            unrun. Run once (98/150 at 5536974; 97 for the engine before sealed6 was opened); the
 *            next honest measure is sealed9.
 *  - sealed9: test/corpus/sealed9/{y,z,zz}, 150 more written after sealed8 was run and committed
 *            unrun. Run once (112/150 at 7f5d2c4), then opened.
 *  - sealed10: test/corpus/sealed10/{aa,ab,ac}, 150 more written after sealed9 was run and
 *            committed unrun. Run once (rules 3.3.0, eval/runs/), then opened.
 *  - sealed11: test/corpus/sealed11/{ba,bb,bc}, 150 more written (contracts and examples only)
 *            while rules 3.3.0 were built, committed unrun. Run once (rules 3.4.0, eval/runs/), then
 *            opened; the next honest measure is sealed12.
 *  - sealed12: test/corpus/sealed12/{ca,cb,cc}, 150 more written (contracts and examples only)
 *            after sealed11 was run, committed unrun. Run once (rules 3.4.0 with the model trained
 *            through sealed11, eval/runs/), then opened: rules 3.5.0 were developed on its misses and
 *            the model retrained on it.
 *  - sealed13: test/corpus/sealed13/{da,db,dc}, 150 more written (contracts and examples only)
 *            after sealed12 was run, committed unrun. Run once (rules 3.5.0, eval/runs/), then opened.
 *  - sealed14: test/corpus/sealed14/{ea,eb,ec}, 150 more written (contracts and examples only)
 *            while rules 3.5.0 were built, committed unrun. Run once (rules 3.5.1, eval/runs/), then
 *            opened.
 *  - sealed15: test/corpus/sealed15/{fa,fb,fc}, 150 more written (contracts and examples only)
 *            while rules 3.5.1 were built, committed unrun. Run once (rules 3.5.2, eval/runs/), then
 *            opened.
 *  - sealed16: test/corpus/sealed16/{ga,gb,gc}, 150 more written (contracts and examples only)
 *            after sealed15 was run, committed unrun. Run once (rules 3.5.3, eval/runs/), then opened:
 *            rules 3.6.x were developed on its misses and the model retrained on it.
 *  - sealed17: test/corpus/sealed17/{ha,hb,hc}, 150 more written (contracts and examples only)
 *            after sealed16 was run, committed unrun. Run once (rules 3.6.1, eval/runs/), then opened:
 *            rules 3.6.2 were developed on its misses.
 *  - sealed18: test/corpus/sealed18/{ia,ib,ic}, 150 more written (contracts and examples only)
 *            after sealed17 was run, committed unrun. Run once (rules 3.6.2, eval/runs/), then opened:
 *            rules 3.6.3 were developed on its misses and the model retrained on it.
 *  - sealed19: test/corpus/sealed19/{ja,jb,jc}, 150 more written (contracts and examples only)
 *            after sealed18 was run, committed unrun. Run once (rules 3.6.3, eval/runs/), then opened:
 *            rules 3.6.4 mend its three invented opt-outs, rules 3.7.0 read more of its misses and
 *            the model was retrained on it.
 *  - sealed20: test/corpus/sealed20/{ka,kb,kc}, 150 more written (contracts and examples only)
 *            after sealed19 was run, committed unrun. Run once (rules 3.6.4, eval/runs/), then opened:
 *            rules 3.6.5 to 3.6.9 were developed on its misses and the model retrained on it.
 *  - sealed21: test/corpus/sealed21/{la,lb,lc}, 150 more written (contracts and examples only)
 *            after sealed20 was run, committed unrun. Run once (rules 3.7.5, eval/runs/), then opened:
 *            rules 3.7.6 to 3.7.12 were developed on its misses.
 *  - sealed22: test/corpus/sealed22/{ma,mb,mc}, 150 more written (contracts and examples only)
 *            after sealed21 was run, committed unrun. Run once (rules 3.7.12, eval/runs/), then opened:
 *            rules 3.7.13 to 3.7.15 mend its invented opt-out and four of its holds.
 *  - sealed23: test/corpus/sealed23/{na,nb,nc}, 150 more written (contracts and examples only)
 *            after sealed22 was run, committed unrun. Run once (rules 3.7.15, eval/runs/), then opened:
 *            rules 3.8.0 to 3.8.2 were developed on its misses and the model retrained on it.
 *  - sealed24: test/corpus/sealed24/{oa,ob,oc}, 150 more written (contracts and examples only)
 *            after sealed23 was run, committed unrun. Run once (rules 3.8.2, eval/runs/), then opened:
 *            rules 3.8.3 to 3.8.5 were developed on its misses and the model retrained on it.
 *  - sealed25: test/corpus/sealed25/{pa,pb,pc}, 150 more written (contracts and examples only)
 *            while sealed24 was run, committed unrun. Run once (rules 3.8.5, eval/runs/), then opened:
 *            rules 3.8.6 and 3.8.7 were developed on its misses (the model not retrained on it).
 *  - sealed26: test/corpus/sealed26/{qa,qb,qc}, 150 more written (contracts and examples only)
 *            after sealed25 was run, committed unrun. Run once (rules 3.8.7, eval/runs/), then opened:
 *            rules 3.8.8 and 3.8.9 mend its invented opt-out, two held ones and two holds.
 *  - sealed27: test/corpus/sealed27/{ra,rb,rc}, 150 more written (contracts and examples only)
 *            after sealed26 was run, committed unrun. Run once (rules 3.8.9, eval/runs/), then opened:
 *            rules 3.9.0 was developed on its misses.
 *  - sealed28: test/corpus/sealed28/{sa,sb,sc}, 150 more written (contracts and examples only)
 *            after sealed27 was run, committed unrun. Run once (rules 3.9.0, eval/runs/), then opened:
 *            rules 3.9.1 was developed on its misses.
 *  - sealed29: test/corpus/sealed29/{ta,tb,tc}, 150 more written (contracts and examples only)
 *            after sealed28 was run, committed unrun. Run once (rules 3.9.1, eval/runs/), then opened:
 *            rules 3.9.2 was developed on some of its misses.
 *  - sealed30: test/corpus/sealed30/{ua,ub,uc}, 150 more written (contracts and examples only)
 *            after sealed29 was run, committed unrun. Run once (rules 3.9.2, eval/runs/), then opened:
 *            rules 3.9.3 was developed on its misses.
 *  - sealed31: test/corpus/sealed31/{va,vb,vc}, 150 more written (contracts and examples only)
 *            after sealed30 was run, committed unrun. Run once (rules 3.9.5, eval/runs/), then opened:
 *            rules 3.9.6 was developed on its misses.
 *  - sealed32: test/corpus/sealed32/{wa,wb,wc}, 150 more written (contracts and examples only)
 *            while rules 3.9.3 to 3.9.5 were built, committed unrun. Run once (rules 3.9.6, eval/runs/),
 *            then opened: rules 3.9.7 was developed on its misses.
 *  - sealed33: test/corpus/sealed33/{xa,xb,xc}, 150 more written (contracts and examples only)
 *            after sealed32 was run, committed unrun. Run once (rules 3.9.7, eval/runs/), then opened:
 *            rules 3.9.8 was developed on its misses.
 *  - sealed34: test/corpus/sealed34/{ya,yb,yc}, 150 more written (contracts and examples only)
 *            after sealed33 was run, committed unrun. Run once (rules 3.9.8, eval/runs/), then opened:
 *            rules 3.9.9 mends its two invented opt-outs.
 *  - sealed35: test/corpus/sealed35/{za,zb,zc}, 150 more written (contracts and examples only)
 *            after sealed34 was run, committed unrun. Run once (rules 3.9.9, eval/runs/), then opened:
 *            rules 3.10.0 was developed on its misses.
 *  - sealed36: test/corpus/sealed36/{qa,qb,qc}, 150 more written (contracts and examples only)
 *            at the same time as sealed35, committed unrun. Run once (rules 3.10.0, eval/runs/), then
 *            opened: rules 3.10.1 was developed on its misses.
 *  - sealed37: test/corpus/sealed37/{xd,xe,xf}, 150 more written (contracts and examples only)
 *            after sealed36 was run, committed unrun. Run once (rules 3.10.1, eval/runs/), then opened:
 *            rules 3.10.2 was developed on its misses.
 *  - sealed38: test/corpus/sealed38/{yd,ye,yf}, 150 more written (contracts and examples only)
 *            after sealed37 was run, committed unrun. Run once (rules 3.10.2, eval/runs/), then opened:
 *            rules 3.10.3 was developed on its misses.
 *  - sealed39: test/corpus/sealed39/{zd,ze,zf}, 150 more written (contracts and examples only)
 *            after sealed38 was run, committed unrun. Run once (rules 3.10.3, eval/runs/), then opened:
 *            rules 3.10.4 was developed on its misses.
 *  - sealed40: test/corpus/sealed40/{wd,we,wf}, 150 more written (contracts and examples only)
 *            at the same time as sealed39, committed unrun. Run once (rules 3.10.4, eval/runs/), then
 *            opened: rules 3.10.5 was developed on its misses.
 *  - sealed41: test/corpus/sealed41/{vd,ve,vf}, 150 more written (contracts and examples only)
 *            after sealed40 was run, committed unrun. Run once (rules 3.10.5, eval/runs/), then opened:
 *            rules 3.10.6 was developed on its misses.
 *  - sealed42: test/corpus/sealed42/{ud,ue,uf}, 150 more written (contracts and examples only)
 *            after sealed41 was run, before any of its misses was read, committed unrun. Run once
 *            (rules 3.10.6, eval/runs/), then opened: rules 3.10.7 was developed on its misses.
 *  - sealed43: test/corpus/sealed43/{td,te,tf}, 150 more written (contracts and examples only)
 *            while sealed41's misses were read, before rules 3.10.6, committed unrun. Run once
 *            (rules 3.10.7, eval/runs/), then opened: rules 3.10.8 was developed on part of its misses.
 *  - sealed44: test/corpus/sealed44/{sd,se,sf}, 150 more written (contracts and examples only)
 *            after sealed42 was run, before rules 3.10.7, committed unrun. Run once (rules 3.10.8,
 *            eval/runs/), then opened: rules 3.10.9 was developed on its misses.
 *  - sealed45: test/corpus/sealed45/{rd,re,rf}, 150 more written (contracts and examples only)
 *            after sealed43 was run, before any of its misses was read, committed unrun. Run once
 *            (rules 3.10.10, eval/runs/), then opened: rules 3.10.11 was developed on its misses.
 *  - sealed46: test/corpus/sealed46/{qd,qe,qf}, 150 more written (contracts and examples only)
 *            while sealed44's misses were read, before rules 3.10.9, committed unrun. Run once
 *            (rules 3.10.11, eval/runs/), then opened: rules 3.10.12 and 3.10.13 mend four of its misses.
 *  - sealed47: test/corpus/sealed47/{pd,pe,pf}, 150 more written (contracts and examples only)
 *            while sealed45's misses were read, before rules 3.10.11, committed unrun. Run once
 *            (rules 3.10.14, eval/runs/), then opened: rules 3.10.15 was developed on its misses.
 *  - sealed48: test/corpus/sealed48/{od,oe,of}, 150 more written (contracts and examples only)
 *            while sealed47 was run and its misses read, before rules 3.10.15, committed unrun. Run
 *            once (rules 3.10.15, eval/runs/), then opened: rules 3.10.16 was developed on its misses.
 *  - sealed49: test/corpus/sealed49/{nd,ne,nf}, 150 more written (contracts and examples only)
 *            after sealed48 was run, while its misses were read, before rules 3.10.16, committed
 *            unrun. Run once (rules 3.10.16, eval/runs/), then opened: rules 3.10.17 was developed on its misses.
 *  - sealed50: test/corpus/sealed50/{md,me,mf}, 150 more written (contracts and examples only)
 *            after sealed49 was run, while its misses were read, before rules 3.10.17, committed
 *            unrun. Run once (rules 3.10.17, eval/runs/), then opened: rules 3.10.18 was developed on its misses.
 *  - sealed51: test/corpus/sealed51/{ld,le,lf}, 150 more written (contracts and examples only)
 *            after sealed50 was run, while its misses were read, before rules 3.10.18, committed
 *            unrun. Run once (rules 3.10.18, eval/runs/), then opened: rules 3.10.19 was developed on its misses.
 *  - sealed52: test/corpus/sealed52/{kd,ke,kf}, 150 more written (contracts and examples only)
 *            after sealed51 was run, while its misses were read, before rules 3.10.19, committed
 *            unrun. Run once (rules 3.10.19, eval/runs/), then opened: rules 3.10.20 was developed on its misses.
 *  - sealed53: test/corpus/sealed53/{jd,je,jf}, 150 more written (contracts and examples only)
 *            after sealed52 was run, while its misses were read, after rules 3.10.20, committed
 *            unrun. Run once (rules 3.10.20, eval/runs/), then opened: rules 3.10.21 was developed on its misses.
 *  - sealed54: test/corpus/sealed54/{id,ie,if}, 150 more written (contracts and examples only)
 *            after sealed53 was run, while its misses were read, before rules 3.10.21, committed
 *            unrun. Run once (rules 3.10.21, eval/runs/), then opened: rules 3.10.22 was developed on its misses.
 *  - sealed55: test/corpus/sealed55/{hd,he,hf}, 150 more written (contracts and examples only)
 *            after sealed54 was run, while its misses were read, before rules 3.10.22, committed
 *            unrun. Run once (rules 3.10.22, eval/runs/), then opened: rules 3.10.23 was developed on its misses.
 *  - sealed56: test/corpus/sealed56/{gd,ge,gf}, 150 more written (contracts and examples only)
 *            after sealed55 was run, while its misses were read, before rules 3.10.23, committed
 *            unrun. Run once (rules 3.10.23, eval/runs/), then opened: rules 3.10.24 was developed on its misses.
 *  - sealed57: test/corpus/sealed57/{fd,fe,ff}, 150 more written (contracts and examples only)
 *            after sealed56 was run, while its misses were read, before rules 3.10.24, committed
 *            unrun. Run once (rules 3.10.24, eval/runs/), then opened in part: rules 3.10.25 and 3.10.26 were developed on four of its misses.
 *  - sealed58: test/corpus/sealed58/{ed,ee,ef}, 150 more written (contracts and examples only)
 *            after rules 3.10.26, committed unrun. Run once (rules 3.10.26, eval/runs/), then opened: rules 3.10.27 was developed on its misses.
 *  - sealed59: test/corpus/sealed59/{dd,de,df}, 150 more written (contracts and examples only)
 *            after sealed58 was run, before any of its misses was mended, committed unrun. Run
 *            once (rules 3.10.27, eval/runs/), then opened: rules 3.10.28 was developed on its misses.
 *  - sealed60: test/corpus/sealed60/{cd,ce,cf}, 150 more written (contracts and examples only)
 *            at the same time as sealed59, before any of sealed58's misses was mended, committed
 *            unrun. Run once (rules 3.10.28, eval/runs/), then opened in part: rules 3.10.29 was developed on six of its misses.
 *  - sealed61: test/corpus/sealed61/{bd,be,bf}, 150 more written (contracts and examples only)
 *            after rules 3.10.28, before sealed60 was run, committed unrun. Run once (rules 3.10.29,
 *            eval/runs/), then opened: rules 3.10.30 was developed on its misses.
 *  - sealed62: test/corpus/sealed62/{ad,ae,af}, 150 more written (contracts and examples only)
 *            after rules 3.10.29, before 3.10.30, committed unrun. Run once (rules 3.10.30, eval/runs/),
 *            then opened in part: rules 3.10.31 and 3.10.32 were developed on seven of its misses.
 *  - sealed63: test/corpus/sealed63/{ag,ah,ai}, 150 more written (contracts and examples only)
 *            after rules 3.10.30, before 3.10.31, committed unrun. Run once (rules 3.10.32, eval/runs/),
 *            then opened: rules 3.10.33 was developed on its misses.
 *  - sealed64: test/corpus/sealed64/{bg,bh,bi}, 150 more written (contracts and examples only)
 *            after sealed63 was run, before any of its misses was mended, committed unrun. Run once
 *            (rules 3.10.33, eval/runs/), then opened: rules 3.10.34 was developed on its misses.
 *  - sealed65: test/corpus/sealed65/{cg,ch,ci}, 150 more written (contracts and examples only)
 *            after rules 3.10.33, while sealed64's misses were read, committed unrun. Run once
 *            (rules 3.10.34, eval/runs/), then opened: rules 3.10.35 was developed on its misses.
 *  - sealed66: test/corpus/sealed66/{dg,dh,di}, 150 more written (contracts and examples only)
 *            after sealed65 was run, before rules 3.10.35, committed unrun. Run once (rules 3.10.35,
 *            eval/runs/), then opened: rules 3.10.36 was developed on its misses.
 *  - sealed67: test/corpus/sealed67/{eg,eh,ei}, 150 more written (contracts and examples only)
 *            after sealed66 was run, before rules 3.10.36, committed unrun. Run once (rules 3.10.36,
 *            eval/runs/), then opened in part: rules 3.10.37 was developed on four of its misses.
 *  - sealed68: test/corpus/sealed68/{fg,fh,fi}, 150 more written (contracts and examples only)
 *            after sealed67 was run, before rules 3.10.37, committed unrun. Run once (rules 3.10.37,
 *            eval/runs/), then opened: rules 3.10.38 was developed on its misses.
 *  - sealed69: test/corpus/sealed69/{gg,gh,gi}, 150 more written (contracts and examples only)
 *            after sealed68 was run, before rules 3.10.38, committed unrun. Run once (rules 3.10.38,
 *            eval/runs/), then opened: rules 3.10.39 was developed on its misses.
 *  - sealed70: test/corpus/sealed70/{hg,hh,hi}, 150 more written (contracts and examples only)
 *            while sealed68's misses were read, before rules 3.10.38, committed unrun. Run once (rules
 *            3.10.39, eval/runs/), then opened: rules 3.10.40 was developed on its misses.
 *  - sealed71: test/corpus/sealed71/{ig,ih,ii}, 150 more written (contracts and examples only)
 *            after rules 3.10.39, before 3.10.40, committed unrun. Run once (rules 3.10.40, eval/runs/),
 *            then opened: rules 3.10.41 was developed on five of its misses, 3.10.47 on the rest.
 *  - sealed72: test/corpus/sealed72/{jg,jh,ji}, 150 more written (contracts and examples only)
 *            after sealed71 was run, before rules 3.10.41, committed unrun. Run once (rules 3.10.41,
 *            eval/runs/), then opened: rules 3.10.42 was developed on its misses.
 *  - sealed73: test/corpus/sealed73/{kg,kh,ki}, 150 more written (contracts and examples only)
 *            after sealed72 was run and rules 3.10.41 committed, committed unrun. Run once (rules
 *            3.10.41, eval/runs/), then opened: rules 3.10.42 was developed on its misses.
 *  - sealed74: test/corpus/sealed74/{lg,lh,li}, 150 more written (contracts and examples only)
 *            after sealed73 was run, while its misses were read and before rules 3.10.42, committed
 *            unrun. Run once (rules 3.10.42, eval/runs/), then opened: rules 3.10.43 was developed on
 *            its misses.
 *  - sealed75: test/corpus/sealed75/{mg,mh,mi}, 150 more written (contracts and examples only)
 *            after sealed74 was run, while its misses were read and before rules 3.10.43, committed
 *            unrun. Run once (rules 3.10.43, eval/runs/), then opened: rules 3.10.44 was developed on
 *            its misses.
 *  - sealed76: test/corpus/sealed76/{ng,nh,ni}, 150 more written (contracts and examples only)
 *            after sealed75 was run, while its misses were read and before rules 3.10.44, committed
 *            unrun. Run once (rules 3.10.44, eval/runs/), then opened: rules 3.10.45 was developed on
 *            its misses.
 *  - sealed77: test/corpus/sealed77/{og,oh,oi}, 150 more written (contracts and examples only)
 *            after sealed76 was run, while its misses were read and before rules 3.10.45, committed
 *            unrun. Run once (rules 3.10.45, eval/runs/), then opened: rules 3.10.47 was developed on
 *            its misses.
 *  - sealed78: test/corpus/sealed78/{pg,ph,pi}, 150 more written (contracts and examples only)
 *            after sealed77 was run and after rules 3.10.45, committed unrun. Run once (rules
 *            3.10.46, eval/runs/), then opened: rules 3.10.47 was developed on its misses.
 *  - sealed79: test/corpus/sealed79/{qg,qh,qi}, 150 more written (contracts and examples only)
 *            after sealed78 was run, while its misses were read and before rules 3.10.47, committed
 *            unrun. Run once (rules 3.10.47, eval/runs/), then opened: rules 3.10.48 was developed on
 *            its misses.
 *  - sealed80: test/corpus/sealed80/{rg,rh,ri}, 150 more written (contracts and examples only)
 *            after sealed79 was run, while its misses were read and before rules 3.10.48, committed
 *            unrun. Run once (rules 3.10.48, eval/runs/), then opened: rules 3.10.49 was developed on
 *            its misses.
 *  - sealed81: test/corpus/sealed81/{sg,sh,si}, 150 more written (contracts and examples only)
 *            while sealed79's misses were read, before rules 3.10.48, committed unrun. Run once (rules
 *            3.10.49, eval/runs/), then opened: rules 3.10.50 was developed on its misses.
 *  - sealed82: test/corpus/sealed82/{tg,th,ti}, 150 more written (contracts and examples only)
 *            after sealed81 was run, while its misses were read and before rules 3.10.50, committed
 *            unrun. Run once (rules 3.10.50, eval/runs/), then opened in part: rules 3.10.51 was developed
 *            on six of its misses.
 * A sealed split is never edited: opening one means developing against it after its recorded first
 * run, and writing a fresh one for the next honest measure.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Call } from '../domain/call';
import { parseCanonicalBody } from '../domain/canonicalEvent';
import type { PolicyConfig } from '../domain/policyConfig';
import type { RecordDirectory } from '../domain/records';
import { directoryFromSeed } from '../integrations/referralrock/seedDirectory';
import { calls } from '../test/corpus/calls';
import { holdout } from '../test/corpus/calls-holdout';
import { corpusCall, corpusDirectory, loadSharedExample, policy as corpusPolicy, readJson, SHARED_DIR, sharedDirectory, type Expect } from '../test/corpus/helpers';
import type { Label } from './labels';

export const SPLITS = ['train', 'dev', 'sealed1', 'sealed2', 'sealed3', 'sealed4', 'sealed5', 'sealed6', 'sealed7', 'sealed8', 'sealed9', 'sealed10', 'sealed11', 'sealed12', 'sealed13', 'sealed14', 'sealed15', 'sealed16', 'sealed17', 'sealed18', 'sealed19', 'sealed20', 'sealed21', 'sealed22', 'sealed23', 'sealed24', 'sealed25', 'sealed26', 'sealed27', 'sealed28', 'sealed29', 'sealed30', 'sealed31', 'sealed32', 'sealed33', 'sealed34', 'sealed35', 'sealed36', 'sealed37', 'sealed38', 'sealed39', 'sealed40', 'sealed41', 'sealed42', 'sealed43', 'sealed44', 'sealed45', 'sealed46', 'sealed47', 'sealed48', 'sealed49', 'sealed50', 'sealed51', 'sealed52', 'sealed53', 'sealed54', 'sealed55', 'sealed56', 'sealed57', 'sealed58', 'sealed59', 'sealed60', 'sealed61', 'sealed62', 'sealed63', 'sealed64', 'sealed65', 'sealed66', 'sealed67', 'sealed68', 'sealed69', 'sealed70', 'sealed71', 'sealed72', 'sealed73', 'sealed74', 'sealed75', 'sealed76', 'sealed77', 'sealed78', 'sealed79', 'sealed80', 'sealed81', 'sealed82'] as const;
export type Split = (typeof SPLITS)[number];

export interface EvalCase {
  id: string;
  split: Split;
  category: string;
  language: string;
  call: Call;
  directory: RecordDirectory;
  policy: PolicyConfig;
  expect: Label;
}

const ROOT = path.resolve(__dirname, '..');
export const DEV_DIR = path.resolve(ROOT, '..', 'shared', 'eval');
export const SEALED_DIRS: Record<Exclude<Split, 'train' | 'dev'>, string> = {
  sealed1: path.join(ROOT, 'test', 'corpus', 'sealed'),
  sealed2: path.join(ROOT, 'test', 'corpus', 'sealed2'),
  sealed3: path.join(ROOT, 'test', 'corpus', 'sealed3'),
  sealed4: path.join(ROOT, 'test', 'corpus', 'sealed4'),
  sealed5: path.join(ROOT, 'test', 'corpus', 'sealed5'),
  sealed6: path.join(ROOT, 'test', 'corpus', 'sealed6'),
  sealed7: path.join(ROOT, 'test', 'corpus', 'sealed7'),
  sealed8: path.join(ROOT, 'test', 'corpus', 'sealed8'),
  sealed9: path.join(ROOT, 'test', 'corpus', 'sealed9'),
  sealed10: path.join(ROOT, 'test', 'corpus', 'sealed10'),
  sealed11: path.join(ROOT, 'test', 'corpus', 'sealed11'),
  sealed12: path.join(ROOT, 'test', 'corpus', 'sealed12'),
  sealed13: path.join(ROOT, 'test', 'corpus', 'sealed13'),
  sealed14: path.join(ROOT, 'test', 'corpus', 'sealed14'),
  sealed15: path.join(ROOT, 'test', 'corpus', 'sealed15'),
  sealed16: path.join(ROOT, 'test', 'corpus', 'sealed16'),
  sealed17: path.join(ROOT, 'test', 'corpus', 'sealed17'),
  sealed18: path.join(ROOT, 'test', 'corpus', 'sealed18'),
  sealed19: path.join(ROOT, 'test', 'corpus', 'sealed19'),
  sealed20: path.join(ROOT, 'test', 'corpus', 'sealed20'),
  sealed21: path.join(ROOT, 'test', 'corpus', 'sealed21'),
  sealed22: path.join(ROOT, 'test', 'corpus', 'sealed22'),
  sealed23: path.join(ROOT, 'test', 'corpus', 'sealed23'),
  sealed24: path.join(ROOT, 'test', 'corpus', 'sealed24'),
  sealed25: path.join(ROOT, 'test', 'corpus', 'sealed25'),
  sealed26: path.join(ROOT, 'test', 'corpus', 'sealed26'),
  sealed27: path.join(ROOT, 'test', 'corpus', 'sealed27'),
  sealed28: path.join(ROOT, 'test', 'corpus', 'sealed28'),
  sealed29: path.join(ROOT, 'test', 'corpus', 'sealed29'),
  sealed30: path.join(ROOT, 'test', 'corpus', 'sealed30'),
  sealed31: path.join(ROOT, 'test', 'corpus', 'sealed31'),
  sealed32: path.join(ROOT, 'test', 'corpus', 'sealed32'),
  sealed33: path.join(ROOT, 'test', 'corpus', 'sealed33'),
  sealed34: path.join(ROOT, 'test', 'corpus', 'sealed34'),
  sealed35: path.join(ROOT, 'test', 'corpus', 'sealed35'),
  sealed36: path.join(ROOT, 'test', 'corpus', 'sealed36'),
  sealed37: path.join(ROOT, 'test', 'corpus', 'sealed37'),
  sealed38: path.join(ROOT, 'test', 'corpus', 'sealed38'),
  sealed39: path.join(ROOT, 'test', 'corpus', 'sealed39'),
  sealed40: path.join(ROOT, 'test', 'corpus', 'sealed40'),
  sealed41: path.join(ROOT, 'test', 'corpus', 'sealed41'),
  sealed42: path.join(ROOT, 'test', 'corpus', 'sealed42'),
  sealed43: path.join(ROOT, 'test', 'corpus', 'sealed43'),
  sealed44: path.join(ROOT, 'test', 'corpus', 'sealed44'),
  sealed45: path.join(ROOT, 'test', 'corpus', 'sealed45'),
  sealed46: path.join(ROOT, 'test', 'corpus', 'sealed46'),
  sealed47: path.join(ROOT, 'test', 'corpus', 'sealed47'),
  sealed48: path.join(ROOT, 'test', 'corpus', 'sealed48'),
  sealed49: path.join(ROOT, 'test', 'corpus', 'sealed49'),
  sealed50: path.join(ROOT, 'test', 'corpus', 'sealed50'),
  sealed51: path.join(ROOT, 'test', 'corpus', 'sealed51'),
  sealed52: path.join(ROOT, 'test', 'corpus', 'sealed52'),
  sealed53: path.join(ROOT, 'test', 'corpus', 'sealed53'),
  sealed54: path.join(ROOT, 'test', 'corpus', 'sealed54'),
  sealed55: path.join(ROOT, 'test', 'corpus', 'sealed55'),
  sealed56: path.join(ROOT, 'test', 'corpus', 'sealed56'),
  sealed57: path.join(ROOT, 'test', 'corpus', 'sealed57'),
  sealed58: path.join(ROOT, 'test', 'corpus', 'sealed58'),
  sealed59: path.join(ROOT, 'test', 'corpus', 'sealed59'),
  sealed60: path.join(ROOT, 'test', 'corpus', 'sealed60'),
  sealed61: path.join(ROOT, 'test', 'corpus', 'sealed61'),
  sealed62: path.join(ROOT, 'test', 'corpus', 'sealed62'),
  sealed63: path.join(ROOT, 'test', 'corpus', 'sealed63'),
  sealed64: path.join(ROOT, 'test', 'corpus', 'sealed64'),
  sealed65: path.join(ROOT, 'test', 'corpus', 'sealed65'),
  sealed66: path.join(ROOT, 'test', 'corpus', 'sealed66'),
  sealed67: path.join(ROOT, 'test', 'corpus', 'sealed67'),
  sealed68: path.join(ROOT, 'test', 'corpus', 'sealed68'),
  sealed69: path.join(ROOT, 'test', 'corpus', 'sealed69'),
  sealed70: path.join(ROOT, 'test', 'corpus', 'sealed70'),
  sealed71: path.join(ROOT, 'test', 'corpus', 'sealed71'),
  sealed72: path.join(ROOT, 'test', 'corpus', 'sealed72'),
  sealed73: path.join(ROOT, 'test', 'corpus', 'sealed73'),
  sealed74: path.join(ROOT, 'test', 'corpus', 'sealed74'),
  sealed75: path.join(ROOT, 'test', 'corpus', 'sealed75'),
  sealed76: path.join(ROOT, 'test', 'corpus', 'sealed76'),
  sealed77: path.join(ROOT, 'test', 'corpus', 'sealed77'),
  sealed78: path.join(ROOT, 'test', 'corpus', 'sealed78'),
  sealed79: path.join(ROOT, 'test', 'corpus', 'sealed79'),
  sealed80: path.join(ROOT, 'test', 'corpus', 'sealed80'),
  sealed81: path.join(ROOT, 'test', 'corpus', 'sealed81'),
  sealed82: path.join(ROOT, 'test', 'corpus', 'sealed82'),
};

interface JsonEntry {
  file: string;
  category: string;
  language?: string;
  expect: Label;
}

function loadCall(file: string): Call {
  const r = parseCanonicalBody(JSON.parse(readFileSync(file, 'utf8')));
  if (!r.ok) throw new Error(`${file}: ${JSON.stringify(r.errors)}`);
  return r.call;
}

/** One folder in the `../shared/eval` layout: calls/, expected.json, seed.json. */
function jsonSet(dir: string, split: Split, policy: PolicyConfig, prefix = ''): EvalCase[] {
  const seed = readJson(path.join(dir, 'seed.json'));
  const entries = readJson(path.join(dir, 'expected.json')) as JsonEntry[];
  return entries.map((e) => ({
    id: `${prefix}${e.file}`,
    split,
    category: e.category,
    language: e.language ?? 'en',
    call: loadCall(path.join(dir, 'calls', e.file)),
    // Each call gets a fresh directory: nothing one plan reads can leak into the next.
    get directory() {
      return directoryFromSeed(seed);
    },
    policy,
    expect: e.expect,
  }));
}

/** The corpus's own label names, in the JSON sets' vocabulary. */
function fromCorpusExpect(e: Expect): Label {
  const { reviewReason, ...rest } = e;
  return reviewReason ? { ...rest, reviewReasons: [reviewReason] } : { ...rest };
}

function trainSet(): EvalCase[] {
  const shared = readJson(path.join(SHARED_DIR, 'expected.json')) as Array<{ file: string; expect: Expect }>;
  return [
    ...shared.map((e) => ({ id: `shared/${e.file}`, split: 'train' as const, category: 'shared_example', language: 'en', call: loadSharedExample(e.file), directory: sharedDirectory(), policy: corpusPolicy, expect: fromCorpusExpect(e.expect) })),
    ...[...calls, ...holdout].map((c) => ({
      id: c.id,
      split: 'train' as const,
      category: c.id.split('-')[0],
      language: /(?:^|-)(?:es|spanish)(?:-|$)/.test(c.id) ? 'es' : 'en',
      call: corpusCall(c),
      directory: corpusDirectory(),
      policy: corpusPolicy,
      expect: fromCorpusExpect(c.expect),
    })),
  ];
}

/** The cases of one split; `null` when its files are not here (e.g. ../shared beside the clone). */
export function loadSplit(split: Split, policy: PolicyConfig): EvalCase[] | null {
  if (split === 'train') return trainSet();
  if (split === 'dev') return existsSync(path.join(DEV_DIR, 'expected.json')) ? jsonSet(DEV_DIR, 'dev', policy) : null;
  const dir = SEALED_DIRS[split];
  if (!existsSync(dir)) return null;
  const batches = readdirSync(dir).filter((d) => existsSync(path.join(dir, d, 'expected.json'))).sort();
  return batches.length ? batches.flatMap((b) => jsonSet(path.join(dir, b), split, policy, `${b}/`)) : null;
}
