/**
 * A large generated program for the sandbox: `members` members and half as many referrals, added
 * to a seed, deterministic (the same count gives the same records), with names that repeat the way
 * real names do (a few hundred first names, a few thousand last names), each record with its own
 * email, phone and code.
 *
 *   npx tsx sandbox/generateProgram.ts --members 100000 [--base sandbox/demo-seed.json] --out seed.json
 *   SANDBOX_SEED=seed.json npm run sandbox
 *
 * The bench (`npm run bench -- --members 100000`) seeds its sandbox this way.
 */
import fs from 'node:fs';

const FIRST = [
  'Aaron', 'Abigail', 'Adrian', 'Aisha', 'Alan', 'Alicia', 'Amir', 'Andrea', 'Angela', 'Anton', 'Arjun', 'Audrey', 'Beatrix', 'Benedict',
  'Bianca', 'Bruno', 'Camille', 'Carlos', 'Cecilia', 'Cedric', 'Chiara', 'Clara', 'Colin', 'Dalia', 'Damian', 'Daria', 'Declan', 'Delia',
  'Dmitri', 'Edgar', 'Elena', 'Elif', 'Emil', 'Esther', 'Farah', 'Felix', 'Fiona', 'Gabriel', 'Greta', 'Hana', 'Hector', 'Helena', 'Ibrahim',
  'Ingrid', 'Irene', 'Ivan', 'Jasmine', 'Joaquin', 'Julia', 'Kaito', 'Karina', 'Keira', 'Lars', 'Leila', 'Lorenzo', 'Lucia', 'Magnus', 'Maren',
  'Mateo', 'Mina', 'Nadia', 'Nikhil', 'Noor', 'Oscar', 'Paloma', 'Pavel', 'Priya', 'Quentin', 'Rafael', 'Rania', 'Rosalind', 'Rufus', 'Saanvi',
  'Selma', 'Soren', 'Tamsin', 'Tobias', 'Ulrich', 'Valeria', 'Viktor', 'Wanda', 'Xavier', 'Yara', 'Yusuf', 'Zara', 'Zoltan',
];
const SYLLABLES_A = ['Bal', 'Cor', 'Dun', 'Fen', 'Gar', 'Hal', 'Ker', 'Lom', 'Mar', 'Nor', 'Pel', 'Quen', 'Ros', 'Sel', 'Tor', 'Ul', 'Var', 'Wex', 'Yor', 'Zan'];
const SYLLABLES_B = ['brook', 'castle', 'dale', 'ford', 'grove', 'holt', 'ington', 'ley', 'mere', 'ridge', 'stone', 'thorpe', 'ton', 'wick', 'worth'];
const SYLLABLES_C = ['', 'a', 'e', 'i', 'o', 'y', 'er', 'en', 'an', 'is'];

export interface GeneratedRecords {
  members: Array<Record<string, unknown>>;
  referrals: Array<Record<string, unknown>>;
}

/** `count` members and `count / 2` referrals in `programId`, the referrals spread over the members. */
export function generateProgram(count: number, programId: string): GeneratedRecords {
  const members: Array<Record<string, unknown>> = [];
  const referrals: Array<Record<string, unknown>> = [];
  const lastName = (i: number) => `${SYLLABLES_A[i % SYLLABLES_A.length]}${SYLLABLES_C[Math.floor(i / SYLLABLES_A.length) % SYLLABLES_C.length]}${SYLLABLES_B[Math.floor(i / (SYLLABLES_A.length * SYLLABLES_C.length)) % SYLLABLES_B.length]}`;
  for (let i = 0; i < count; i++) {
    const first = FIRST[(i * 7) % FIRST.length];
    const last = lastName((i * 13) % 3000);
    members.push({
      id: `gen_m_${i}`,
      programId,
      firstName: first,
      lastName: last,
      email: `${first.toLowerCase()}.${last.toLowerCase()}.${i}@gen${i % 997}.example`,
      phone: `+1212${String(3_000_000 + i).padStart(7, '0')}`,
      referralCode: `GEN${i}`,
      rewardAmountTotal: (i * 37) % 900,
      createDt: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
    });
  }
  for (let j = 0; j < Math.floor(count / 2); j++) {
    const first = FIRST[(j * 11 + 3) % FIRST.length];
    const last = lastName((j * 17 + 5) % 3000);
    const member = (j * 2) % count;
    referrals.push({
      id: `gen_r_${j}`,
      programId,
      referringMemberId: `gen_m_${member}`,
      referralCode: `GEN${member}`,
      firstName: first,
      lastName: last,
      email: `${first.toLowerCase()}.${last.toLowerCase()}.r${j}@genref${j % 991}.example`,
      phoneNumber: `+1332${String(4_000_000 + j).padStart(7, '0')}`,
      status: 'pending',
      amount: (j * 53) % 2000,
      createDate: new Date(Date.UTC(2025, 0, 1) + j * 60_000).toISOString(),
    });
  }
  return { members, referrals };
}

function main(argv: string[]): void {
  const arg = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const count = Number(arg('--members'));
  const out = arg('--out');
  if (!Number.isInteger(count) || count < 1 || !out) {
    process.stderr.write('usage: npx tsx sandbox/generateProgram.ts --members N [--base sandbox/demo-seed.json] --out FILE\n');
    process.exit(2);
  }
  const seed = JSON.parse(fs.readFileSync(arg('--base') ?? 'sandbox/demo-seed.json', 'utf8')) as { programs: Array<{ id: string }>; members: unknown[]; referrals: unknown[] };
  const generated = generateProgram(count, seed.programs[0].id);
  seed.members.push(...generated.members);
  seed.referrals.push(...generated.referrals);
  fs.writeFileSync(out, JSON.stringify(seed));
  process.stderr.write(`${out}: ${seed.members.length} members, ${seed.referrals.length} referrals\n`);
}

if (require.main === module) main(process.argv.slice(2));
