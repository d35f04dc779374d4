import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  acceptApplication,
  addAttachment,
  attachmentLimits,
  countAttachments,
  getAttachmentBlob,
  listAttachments,
  removeAttachment,
  removeAttachmentsOf,
  sha256Hex,
} from '../../renderer/db';
import {
  duplicateApplication,
  mondayMorning,
  openTestDesk,
  termCalendar,
  TestClock,
  unwrap,
  unwrapErr,
  uuid,
  writeContext,
} from './helpers';
import { readRawRows } from './upgrade-harness';

const applicationId = uuid('a', 1);
const otherApplication = uuid('a', 2);
const scan = (text: string, type = 'image/jpeg') => new Blob([text], { type });
const hex = (text: string) => createHash('sha256').update(text).digest('hex');

describe('attachments', () => {
  it('are stored by the SHA-256 of their content with the application and the document', async () => {
    const clock = new TestClock(mondayMorning);
    const { db, scenario } = await openTestDesk();
    expect(await sha256Hex(scan('passport page'))).toBe(hex('passport page'));

    const added = unwrap(
      await addAttachment(
        db,
        {
          applicationId,
          documentId: 'identity-document',
          fileName: 'passport.jpg',
          blob: scan('passport page'),
        },
        { clock },
      ),
    );
    expect(added).toEqual({
      sha256: hex('passport page'),
      applicationId,
      documentId: 'identity-document',
      fileName: 'passport.jpg',
      mediaType: 'image/jpeg',
      byteLength: 13,
      addedAt: mondayMorning,
      alreadyStored: false,
    });
    clock.advanceMinutes(1);
    unwrap(
      await addAttachment(
        db,
        {
          applicationId,
          documentId: 'application',
          fileName: null,
          blob: scan('%PDF-1.7 form', 'application/pdf'),
        },
        { clock },
      ),
    );
    // The same content again (picked twice): stored once, the first row returned.
    const again = unwrap(
      await addAttachment(
        db,
        { applicationId, documentId: 'application', fileName: 'copy.jpg', blob: scan('passport page') },
        { clock },
      ),
    );
    expect(again).toMatchObject({
      alreadyStored: true,
      documentId: 'identity-document',
      fileName: 'passport.jpg',
    });
    expect(await readRawRows(scenario, 'attachments')).toHaveLength(2);

    const listed = await listAttachments(db, applicationId);
    expect(listed.map((a) => [a.documentId, a.mediaType])).toEqual([
      ['identity-document', 'image/jpeg'],
      ['application', 'application/pdf'],
    ]);
    expect(await listAttachments(db, otherApplication)).toEqual([]);
    expect(await countAttachments(db, applicationId)).toBe(2);
    const blob = await getAttachmentBlob(db, hex('passport page'));
    expect(await blob?.text()).toBe('passport page');
    expect((await readRawRows(scenario, 'attachments'))[0]).toMatchObject({ uploadState: 'pending' });
  });

  it('refuses empty, unsupported, too large and already-used content with translated messages', async () => {
    const clock = new TestClock(mondayMorning);
    const { db, scenario } = await openTestDesk();
    const add = (blob: Blob, id = applicationId) =>
      addAttachment(db, { applicationId: id, documentId: null, fileName: null, blob }, { clock });
    expect(unwrapErr(await add(scan('')))).toEqual({ kind: 'empty', message: 'forms:attachment.empty' });
    expect(unwrapErr(await add(scan('<html>', 'text/html')))).toEqual({
      kind: 'media-type',
      message: 'forms:attachment.mediaType',
    });
    const big = new Blob([new Uint8Array(attachmentLimits.maxBytes + 1)], { type: 'image/png' });
    expect(unwrapErr(await add(big))).toEqual({
      kind: 'too-large',
      message: 'forms:attachment.tooLarge',
      params: { maxMb: 10 },
    });
    const atLimit = new Blob([new Uint8Array(attachmentLimits.maxBytes)], { type: 'image/png' });
    unwrap(await add(atLimit));
    expect(unwrapErr(await add(atLimit, otherApplication))).toEqual({
      kind: 'attached-elsewhere',
      message: 'forms:attachment.elsewhere',
    });
    expect(await readRawRows(scenario, 'attachments')).toHaveLength(1);
  });

  it('are removed one by one or all with a discarded intake, never once the application is decided', async () => {
    const clock = new TestClock(mondayMorning);
    const { db } = await openTestDesk();
    const add = (text: string, id = applicationId) =>
      addAttachment(db, { applicationId: id, documentId: null, fileName: null, blob: scan(text) }, { clock });
    unwrap(await add('one'));
    unwrap(await add('two'));
    unwrap(await add('three', otherApplication));

    expect(unwrap(await removeAttachment(db, applicationId, hex('one')))).toBe(true);
    // Not this application's scan: nothing removed.
    expect(unwrap(await removeAttachment(db, applicationId, hex('three')))).toBe(false);
    expect((await listAttachments(db, applicationId)).map((a) => a.sha256)).toEqual([hex('two')]);
    expect(unwrap(await removeAttachmentsOf(db, otherApplication))).toBe(1);

    unwrap(
      await acceptApplication(
        db,
        { application: duplicateApplication(applicationId), startedAt: mondayMorning, termCalendar },
        writeContext(clock),
      ),
    );
    const decided = { kind: 'already-decided', message: 'forms:attachment.decided' };
    expect(unwrapErr(await removeAttachment(db, applicationId, hex('two')))).toEqual(decided);
    expect(unwrapErr(await removeAttachmentsOf(db, applicationId))).toEqual(decided);
    expect(unwrapErr(await add('late'))).toEqual(decided);
    expect((await listAttachments(db, applicationId)).map((a) => a.sha256)).toEqual([hex('two')]);
  });
});
