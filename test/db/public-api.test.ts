import { describe, expect, it } from 'vitest';
import * as desk from '../../renderer/db';

describe('renderer/db public API', () => {
  it('hands out repositories and a handle, never Dexie itself', () => {
    const names = Object.keys(desk);
    expect(names).not.toContain('dexieOf');
    expect(names).not.toContain('DeskDexie');
    expect(names).not.toContain('writeTransaction');
    expect(names).toEqual(
      expect.arrayContaining(['openDeskDatabase', 'acceptApplication', 'refuseAtIntake', 'signIn']),
    );
  });
});
