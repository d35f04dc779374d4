import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentRequirement } from '../../../../shared/domain';
import {
  addAttachment,
  attachmentLimits,
  listAttachments,
  removeAttachment,
  type AddAttachmentError,
  type AttachmentSummary,
} from '../../../db';
import { useDesk } from '../../../app/desk/use-desk';
import { useCatalogueText } from '../use-catalogue-text';
import { formatBytes } from './format-bytes';

export interface ScanAttachmentsProps {
  readonly applicationId: string;
  /** The documents of this intake: a scan names the one it shows. */
  readonly documents: readonly DocumentRequirement[];
}

const canUseCamera = () =>
  typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getUserMedia === 'function';

/**
 * Optional scans of the presented documents: a file (image or PDF) or a photo from the camera
 * (asked for only when the clerk presses the button). Stored at once by content; removable until
 * the decision.
 */
export function ScanAttachments({ applicationId, documents }: ScanAttachmentsProps) {
  const { t } = useTranslation();
  const text = useCatalogueText();
  const { db, clock } = useDesk();
  const [attachments, setAttachments] = useState<readonly AttachmentSummary[]>([]);
  const [documentId, setDocumentId] = useState<string>(documents[0]?.id ?? '');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState('');
  const [camera, setCamera] = useState<MediaStream | undefined>(undefined);
  const video = useRef<HTMLVideoElement>(null);

  const reload = useCallback(
    () =>
      listAttachments(db, applicationId).then(setAttachments, () => setProblem(t('intake:scans.loadFailed'))),
    [db, applicationId, t],
  );
  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    if (video.current !== null && camera !== undefined) video.current.srcObject = camera;
    return () => camera?.getTracks().forEach((track) => track.stop());
  }, [camera]);

  const errorText = (error: AddAttachmentError) => {
    if (error.kind === 'storage-failed') return t('intake:scans.storageFailed');
    return error.kind === 'too-large' ? t(error.message, error.params) : t(error.message);
  };

  const store = async (blob: Blob, fileName: string | null) => {
    const added = await addAttachment(
      db,
      { applicationId, documentId: documentId === '' ? null : documentId, fileName, blob },
      { clock },
    );
    if (!added.ok) {
      setProblem(errorText(added.error));
      return;
    }
    setProblem(undefined);
    setStatus(
      t(added.value.alreadyStored ? 'intake:scans.alreadyAttached' : 'intake:scans.attached', {
        name: fileName ?? t('intake:scans.photo'),
      }),
    );
    await reload();
  };

  const onFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const files = [...(input.files ?? [])];
    for (const file of files) await store(file, file.name);
    input.value = '';
  };

  const openCamera = async () => {
    try {
      setCamera(await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }));
      setProblem(undefined);
    } catch {
      setProblem(t('intake:scans.cameraUnavailable'));
    }
  };

  const capture = () => {
    const frame = video.current;
    if (frame === null || frame.videoWidth === 0) return;
    const canvas = document.createElement('canvas');
    canvas.width = frame.videoWidth;
    canvas.height = frame.videoHeight;
    canvas.getContext('2d')?.drawImage(frame, 0, 0);
    canvas.toBlob((blob) => {
      setCamera(undefined);
      if (blob !== null) void store(blob, null);
    }, 'image/jpeg');
  };

  const remove = async (attachment: AttachmentSummary) => {
    const removed = await removeAttachment(db, applicationId, attachment.sha256);
    if (!removed.ok)
      setProblem(
        removed.error.kind === 'storage-failed' ? t('intake:scans.storageFailed') : t(removed.error.message),
      );
    else setStatus(t('intake:scans.removed', { name: attachment.fileName ?? t('intake:scans.photo') }));
    await reload();
  };

  const documentName = (id: string | null) => {
    const document = documents.find((d) => d.id === id);
    return document === undefined ? t('intake:scans.noDocument') : text(document.name);
  };

  return (
    <section className="intake-group" aria-labelledby="intake-scans-title">
      <h3 id="intake-scans-title" className="intake-group__legend">
        {t('intake:scans.title')}
      </h3>
      <p className="intake-field__hint">
        {t('intake:scans.hint', { maxMb: attachmentLimits.maxBytes / (1024 * 1024) })}
      </p>
      <div className="intake-field">
        <label htmlFor="intake-scans-document" className="intake-field__label">
          {t('intake:scans.document')}
        </label>
        <select
          id="intake-scans-document"
          className="intake-field__input"
          value={documentId}
          onChange={(event) => setDocumentId(event.target.value)}
        >
          {documents.map((document) => (
            <option key={document.id} value={document.id}>
              {text(document.name)}
            </option>
          ))}
          <option value="">{t('intake:scans.noDocument')}</option>
        </select>
      </div>
      <div className="intake-field">
        <label htmlFor="intake-scans-file" className="intake-field__label">
          {t('intake:scans.file')}
        </label>
        <input
          id="intake-scans-file"
          type="file"
          accept="image/*,application/pdf"
          multiple
          aria-describedby={problem === undefined ? undefined : 'intake-scans-problem'}
          onChange={(event) => void onFiles(event)}
        />
      </div>
      {canUseCamera() ? (
        camera === undefined ? (
          <div className="intake-actions">
            <button type="button" className="button button--secondary" onClick={() => void openCamera()}>
              {t('intake:scans.camera')}
            </button>
          </div>
        ) : (
          <div className="intake-camera">
            <video ref={video} autoPlay playsInline muted aria-label={t('intake:scans.cameraView')} />
            <div className="intake-actions">
              <button type="button" className="button" onClick={capture}>
                {t('intake:scans.capture')}
              </button>
              <button type="button" className="button button--secondary" onClick={() => setCamera(undefined)}>
                {t('intake:scans.cancelCamera')}
              </button>
            </div>
          </div>
        )
      ) : null}
      {problem === undefined ? null : (
        <p id="intake-scans-problem" role="alert" className="intake-field__error">
          {problem}
        </p>
      )}
      <p role="status">{status}</p>
      {attachments.length === 0 ? (
        <p>{t('intake:scans.none')}</p>
      ) : (
        <ul className="intake-scans" aria-label={t('intake:scans.listLabel')}>
          {attachments.map((attachment) => {
            const name = attachment.fileName ?? t('intake:scans.photo');
            return (
              <li key={attachment.sha256}>
                <span>{`${documentName(attachment.documentId)}: ${name} (${formatBytes(attachment.byteLength)})`}</span>
                <button
                  type="button"
                  className="button button--secondary"
                  aria-label={t('intake:scans.remove', { name })}
                  onClick={() => void remove(attachment)}
                >
                  {t('intake:scans.removeShort')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
