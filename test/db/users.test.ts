import { describe, expect, it } from 'vitest';
import {
  addUser,
  getSetting,
  listUsers,
  needsSetUp,
  setUpDesk,
  signIn,
  unlockWithPin,
  type DeskDatabase,
  type DeskSession,
} from '../../renderer/db';
import { hashSecret } from '../../renderer/auth/password-hash';
import {
  almatyCentreSettings,
  mondayMorning,
  openTestDesk,
  SequentialIds,
  TestClock,
  unwrap,
  unwrapErr,
  uuid,
} from './helpers';
import { putRawRows, readRawRows } from './upgrade-harness';

const clock = new TestClock(mondayMorning);

const setUp = {
  centre: almatyCentreSettings,
  workstationCode: '03',
  supervisor: {
    login: ' Гүлмира.С ',
    displayName: 'Гүлмира Сәрсенова',
    password: 'Бастық-2026-наурыз',
    pin: '4321',
  },
};

async function setUpDeskForTest(): Promise<{
  db: DeskDatabase;
  supervisor: DeskSession;
  scenario: Awaited<ReturnType<typeof openTestDesk>>['scenario'];
}> {
  const { db, scenario } = await openTestDesk();
  const supervisor = unwrap(await setUpDesk(db, setUp, { clock, ids: new SequentialIds('c') }));
  return { db, supervisor, scenario };
}

describe('first run', () => {
  it('stores the centre, the workstation with a new device id and the first supervisor together', async () => {
    const { db } = await openTestDesk();
    expect(await needsSetUp(db)).toBe(true);
    const session = unwrap(await setUpDesk(db, setUp, { clock, ids: new SequentialIds('c') }));

    expect(session).toEqual({
      user: { id: uuid('c', 2), name: 'Гүлмира Сәрсенова', role: 'supervisor' },
      centre: {
        centreCode: 'ALM01',
        timeZone: almatyCentreSettings.timeZone,
        hours: almatyCentreSettings.hours,
        week: 'five-day',
      },
      workstationCode: '03',
      deviceId: uuid('c', 1),
    });
    expect(await needsSetUp(db)).toBe(false);
    expect(await getSetting(db, 'centre')).toEqual(almatyCentreSettings);
    expect(await getSetting(db, 'workstation')).toEqual({ code: '03', deviceId: uuid('c', 1) });
    expect(await listUsers(db)).toEqual([
      {
        id: uuid('c', 2),
        login: 'гүлмира.с',
        displayName: 'Гүлмира Сәрсенова',
        role: 'supervisor',
        active: true,
        hasPin: true,
      },
    ]);
  });

  it('happens once', async () => {
    const { db, scenario } = await setUpDeskForTest();
    const again = await setUpDesk(
      db,
      { ...setUp, workstationCode: '04' },
      { clock, ids: new SequentialIds('f') },
    );
    expect(unwrapErr(again)).toEqual({ kind: 'already-set-up' });
    expect(await readRawRows(scenario, 'users')).toHaveLength(1);
    expect(await getSetting(db, 'workstation')).toMatchObject({ code: '03' });
  });

  it('writes nothing when any part is invalid', async () => {
    const { db, scenario } = await openTestDesk();
    const invalid = {
      ...setUp,
      workstationCode: '03',
      supervisor: { ...setUp.supervisor, password: 'short', pin: '12a4' },
    };
    expect(unwrapErr(await setUpDesk(db, invalid, { clock, ids: new SequentialIds('c') }))).toEqual({
      kind: 'invalid-set-up',
      issues: [
        { path: 'supervisor.password', message: 'forms:user.passwordTooShort' },
        { path: 'supervisor.pin', message: 'forms:user.pin' },
      ],
    });
    expect(await readRawRows(scenario, 'settings')).toEqual([]);
    expect(await readRawRows(scenario, 'users')).toEqual([]);
  });
});

describe('users and sign-in', () => {
  it('keeps only salted slow hashes of passwords and PINs', async () => {
    const { scenario } = await setUpDeskForTest();
    const [stored] = (await readRawRows(scenario, 'users')) as Record<string, unknown>[];
    const text = JSON.stringify(stored);
    expect(text).not.toContain('Бастық-2026-наурыз');
    expect(text).not.toContain('4321');
    expect(stored).toMatchObject({
      password: { algorithm: 'PBKDF2-SHA-256', iterations: 600_000 },
      pin: { algorithm: 'PBKDF2-SHA-256', iterations: 600_000 },
    });
  });

  it('signs in with the right password, whatever the case of the login', async () => {
    const { db, supervisor } = await setUpDeskForTest();
    expect(unwrap(await signIn(db, { login: 'ГҮЛМИРА.С', password: 'Бастық-2026-наурыз' }))).toEqual(
      supervisor,
    );
    expect(unwrapErr(await signIn(db, { login: 'гүлмира.с', password: 'бастық-2026-наурыз' }))).toEqual({
      kind: 'wrong-credentials',
    });
    // The same answer for a login that does not exist.
    expect(unwrapErr(await signIn(db, { login: 'nobody', password: 'Бастық-2026-наурыз' }))).toEqual({
      kind: 'wrong-credentials',
    });
  });

  it('cannot sign in before the desk is set up', async () => {
    const { db } = await openTestDesk();
    expect(unwrapErr(await signIn(db, { login: 'anyone', password: 'whatever-it-is' }))).toEqual({
      kind: 'not-set-up',
    });
  });

  it('a supervisor adds clerks and mobile clerks; a clerk adds no one', async () => {
    const { db, supervisor } = await setUpDeskForTest();
    const context = { clock, ids: new SequentialIds('b'), session: supervisor };
    const clerk = unwrap(
      await addUser(
        db,
        { login: 'aigul', displayName: 'Айгүл Серікқызы', role: 'clerk', password: 'Терезе-оңтүстік-7' },
        context,
      ),
    );
    const mobile = unwrap(
      await addUser(
        db,
        {
          login: 'erlan',
          displayName: 'Ерлан Бекұлы',
          role: 'mobile-clerk',
          password: 'Жол-жүру-2026',
          pin: '2468',
        },
        context,
      ),
    );
    expect(clerk).toEqual({
      id: uuid('b', 1),
      login: 'aigul',
      displayName: 'Айгүл Серікқызы',
      role: 'clerk',
      active: true,
      hasPin: false,
    });
    expect(mobile).toMatchObject({ role: 'mobile-clerk', hasPin: true });

    const clerkSession = unwrap(await signIn(db, { login: 'aigul', password: 'Терезе-оңтүстік-7' }));
    expect(clerkSession.user).toEqual({ id: uuid('b', 1), name: 'Айгүл Серікқызы', role: 'clerk' });
    expect(
      unwrapErr(
        await addUser(
          db,
          { login: 'friend', displayName: 'Досы', role: 'supervisor', password: 'password-long' },
          { ...context, session: clerkSession },
        ),
      ),
    ).toEqual({ kind: 'not-allowed' });

    // A session that claims to be a supervisor is checked against the stored user.
    const forged = { ...clerkSession, user: { ...clerkSession.user, role: 'supervisor' as const } };
    expect(
      unwrapErr(
        await addUser(
          db,
          { login: 'friend', displayName: 'Досы', role: 'clerk', password: 'password-long' },
          { ...context, session: forged },
        ),
      ),
    ).toEqual({ kind: 'not-allowed' });
    // By display name: Айгүл, Гүлмира, Ерлан.
    expect((await listUsers(db)).map((user) => user.login)).toEqual(['aigul', 'гүлмира.с', 'erlan']);
  });

  it('logins are unique, compared as typed by anyone', async () => {
    const { db, supervisor } = await setUpDeskForTest();
    const context = { clock, ids: new SequentialIds('b'), session: supervisor };
    const taken = await addUser(
      db,
      { login: 'ГҮЛМИРА.С', displayName: 'Басқа', role: 'clerk', password: 'password-long' },
      context,
    );
    expect(unwrapErr(taken)).toEqual({ kind: 'login-taken', login: 'гүлмира.с' });
    expect(
      unwrapErr(
        await addUser(
          db,
          { login: 'a b', displayName: 'X', role: 'clerk', password: 'password-long' },
          context,
        ),
      ),
    ).toEqual({
      kind: 'invalid-user',
      issues: [{ path: 'login', message: 'forms:user.login' }],
    });
  });

  it('unlocks an idle-locked screen with the PIN', async () => {
    const { db, supervisor } = await setUpDeskForTest();
    expect(unwrap(await unlockWithPin(db, { userId: supervisor.user.id, pin: '4321' }))).toEqual(supervisor);
    expect(unwrapErr(await unlockWithPin(db, { userId: supervisor.user.id, pin: '1234' }))).toEqual({
      kind: 'wrong-pin',
    });
    expect(unwrapErr(await unlockWithPin(db, { userId: uuid('x', 1), pin: '4321' }))).toEqual({
      kind: 'unknown-user',
    });
    const clerk = unwrap(
      await addUser(
        db,
        { login: 'aigul', displayName: 'Айгүл', role: 'clerk', password: 'password-long' },
        { clock, ids: new SequentialIds('b'), session: supervisor },
      ),
    );
    expect(unwrapErr(await unlockWithPin(db, { userId: clerk.id, pin: '4321' }))).toEqual({ kind: 'no-pin' });
  });

  it('an inactive user cannot sign in or unlock', async () => {
    const { db, supervisor, scenario } = await setUpDeskForTest();
    const [stored] = (await readRawRows(scenario, 'users')) as Record<string, unknown>[];
    await putRawRows(scenario, { users: [{ ...stored, active: false }] });
    expect(unwrapErr(await signIn(db, { login: 'гүлмира.с', password: 'Бастық-2026-наурыз' }))).toEqual({
      kind: 'inactive',
    });
    expect(unwrapErr(await unlockWithPin(db, { userId: supervisor.user.id, pin: '4321' }))).toEqual({
      kind: 'inactive',
    });
  });

  it('re-hashes a password stored under an older, weaker policy at the next sign-in', async () => {
    const { db, scenario } = await setUpDeskForTest();
    const [stored] = (await readRawRows(scenario, 'users')) as Record<string, unknown>[];
    const old = await hashSecret('Бастық-2026-наурыз', { iterations: 310_000 });
    await putRawRows(scenario, { users: [{ ...stored, password: old }] });

    unwrap(await signIn(db, { login: 'гүлмира.с', password: 'Бастық-2026-наурыз' }));
    const [after] = (await readRawRows(scenario, 'users')) as {
      password: { iterations: number; salt: string };
    }[];
    expect(after?.password.iterations).toBe(600_000);
    expect(after?.password.salt).not.toBe(old.salt);
    unwrap(await signIn(db, { login: 'гүлмира.с', password: 'Бастық-2026-наурыз' }));
  });
});
