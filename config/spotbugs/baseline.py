# Records a module's current SpotBugs findings as a baseline exclude file (docs/decisions/0047). Only for the baseline
# of 2026-12-01 and for re-recording it after a refactoring moved classes; never to hide a new finding.
# Usage (after ./mvnw -B -DskipTests verify -Dspotbugs.failOnError=false):
#   python3 config/spotbugs/baseline.py MODULE/target/spotbugsXml.xml MODULE/spotbugs-baseline.xml MODULE
import sys, xml.etree.ElementTree as ET, collections
from xml.sax.saxutils import quoteattr
src, out, module = sys.argv[1], sys.argv[2], sys.argv[3]
r=ET.parse(src).getroot()
entries=[]; seen=set(); counts=collections.Counter()
for b in r.findall('BugInstance'):
    t=b.get('type'); cls=b.find('Class').get('classname')
    m=b.find('Method')
    # the method the bug is in (first Method element that belongs to the primary class)
    meth = m.get('name') if m is not None and m.get('classname')==cls else None
    key=(cls,meth,t)
    counts[t]+=1
    if key in seen: continue
    seen.add(key); entries.append(key)
entries.sort()
with open(out,'w') as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    f.write(f'''<!-- BASELINE TO BURN DOWN: the SpotBugs / find-sec-bugs findings {module} had on 2026-12-01, when static analysis
     was switched on while this module was being rewritten by other branches. They are excluded so that only a NEW
     finding fails the build. Do not add entries here: fix a finding, delete its Match, run ./mvnw -B verify; when
     this file is empty, delete it. Classes are matched by simple name in any package, so moving one keeps its entry. {sum(counts.values())} findings in {len(entries)} entries; by pattern:
''')
    for t,n in counts.most_common(): f.write(f'       {n:4} {t}\n')
    f.write('     docs/decisions/0047-spotbugs-with-find-sec-bugs.md -->\n<FindBugsFilter xmlns="https://github.com/spotbugs/filter/3.0.0">\n')
    for cls,meth,t in entries:
        f.write('    <Match>\n')
        # by simple name in any package, so a finding survives its class being moved to another package
        simple = cls.rsplit('.', 1)[-1].replace('$', '\\$')
        pattern = quoteattr(r"~(.*\.)?" + simple)
        f.write(f'        <Class name={pattern}/>\n')
        if meth: f.write(f'        <Method name={quoteattr(meth)}/>\n')
        f.write(f'        <Bug pattern="{t}"/>\n    </Match>\n')
    f.write('</FindBugsFilter>\n')
print(module, sum(counts.values()), len(entries)); [print(f'  {n:4} {t}') for t,n in counts.most_common()]
