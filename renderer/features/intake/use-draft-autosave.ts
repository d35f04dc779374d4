import { useEffect, useState } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import { saveDraft } from '../../db';
import { useDesk } from '../../app/desk/use-desk';
import { draftOf, type IntakeFormValues } from './intake-form';

/** Long enough to save once per burst of typing (or of a barcode scanner), short enough to lose nothing. */
const saveDelayMs = 400;

export type DraftSaveStatus = 'saving' | 'saved' | 'failed';

/** Saves the draft after every change, debounced; the status tells the clerk it is safe to reload. */
export function useDraftAutosave(control: Control<IntakeFormValues>): DraftSaveStatus {
  const { db, clock, session } = useDesk();
  const values = useWatch({ control }) as IntakeFormValues;
  const json = JSON.stringify(draftOf(values));
  const [saved, setSaved] = useState<{ json: string; ok: boolean } | undefined>(undefined);

  useEffect(() => {
    let cancelled = false;
    const timer = window.setTimeout(() => {
      void saveDraft(db, JSON.parse(json), { clock, session }).then((result) => {
        // A late autosave after the decision is refused by the database; nothing to report.
        const ok = result.ok || result.error.kind === 'already-decided';
        if (!cancelled) setSaved({ json, ok });
      });
    }, saveDelayMs);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [db, clock, session, json]);

  if (saved?.json !== json) return 'saving';
  return saved.ok ? 'saved' : 'failed';
}
