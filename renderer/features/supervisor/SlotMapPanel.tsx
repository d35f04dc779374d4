import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { slotMap, type ShelfReview, type SlotState, type SlotView } from '../../db';

function stateText(state: SlotState, t: TFunction): string {
  switch (state) {
    case 'free':
      return t('supervisor:map.stateFree');
    case 'occupied':
      return t('supervisor:map.stateOccupied');
    case 'overdue':
      return t('supervisor:map.stateOverdue');
  }
}

/**
 * The slot's accessible name: what lies in it (its receipt number) and the slot code — the code
 * holds the slot number the button shows — or that it is free.
 */
function slotName(slot: SlotView, t: TFunction): string {
  const receipts = slot.receiptNumbers.join(', ');
  switch (slot.state) {
    case 'free':
      return t('supervisor:map.free', { slot: slot.slot });
    case 'occupied':
      return t('supervisor:map.occupied', { receipts, slot: slot.slot });
    case 'overdue':
      return t('supervisor:map.overdue', { receipts, slot: slot.slot });
  }
}

/**
 * The shelf's slots, one rack at a time, as a grid: one Tab stop, arrow keys move between slots
 * (roving tabindex), Enter or a click shows what lies in the slot.
 */
export function SlotMapPanel({ review }: { readonly review: ShelfReview }) {
  const { t } = useTranslation();
  const headingId = useId();
  const rackId = useId();
  const hintId = useId();
  const map = useMemo(() => slotMap(review), [review]);
  const [rackCode, setRackCode] = useState(map.racks[0]?.code ?? '');
  const rack = map.racks.find((candidate) => candidate.code === rackCode) ?? map.racks[0];
  const [focus, setFocus] = useState<{ row: number; slot: number }>({ row: 0, slot: 0 });
  const [selected, setSelected] = useState<SlotView | null>(null);
  const grid = useRef<HTMLTableElement>(null);

  if (rack === undefined) return null;
  const rowCount = rack.rows.length;
  const slotCount = rack.rows[0]?.length ?? 0;
  const active = { row: Math.min(focus.row, rowCount - 1), slot: Math.min(focus.slot, slotCount - 1) };

  const move = (event: KeyboardEvent, row: number, slot: number) => {
    const next = { row, slot };
    switch (event.key) {
      case 'ArrowRight':
        next.slot = Math.min(slot + 1, slotCount - 1);
        break;
      case 'ArrowLeft':
        next.slot = Math.max(slot - 1, 0);
        break;
      case 'ArrowDown':
        next.row = Math.min(row + 1, rowCount - 1);
        break;
      case 'ArrowUp':
        next.row = Math.max(row - 1, 0);
        break;
      case 'Home':
        next.slot = 0;
        break;
      case 'End':
        next.slot = slotCount - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    setFocus(next);
    grid.current?.querySelector<HTMLButtonElement>(`[data-cell="${next.row}-${next.slot}"]`)?.focus();
  };

  return (
    <section className="review__map" aria-labelledby={headingId} data-testid="slot-map">
      <h3 id={headingId}>{t('supervisor:map.heading')}</h3>
      {map.racks.length > 1 && (
        <div className="field review__rack">
          <label className="field__label" htmlFor={rackId}>
            {t('supervisor:map.rack')}
          </label>
          <select
            id={rackId}
            className="field__input"
            value={rack.code}
            onChange={(event) => {
              setRackCode(event.target.value);
              setSelected(null);
            }}
            data-testid="slot-map-rack"
          >
            {map.racks.map((candidate) => (
              <option key={candidate.code} value={candidate.code}>
                {candidate.code}
              </option>
            ))}
          </select>
        </div>
      )}
      <p id={hintId} className="field__hint">
        {t('supervisor:map.hint')}
      </p>
      <table className="slot-map" ref={grid} aria-describedby={hintId}>
        <caption>{t('supervisor:map.rackCaption', { rack: rack.code })}</caption>
        <tbody>
          {rack.rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              <th scope="row">{t('supervisor:map.row', { row: rowIndex + 1 })}</th>
              {row.map((slot, slotIndex) => (
                <td key={slot.slot}>
                  <button
                    type="button"
                    className={`slot slot--${slot.state}`}
                    data-cell={`${rowIndex}-${slotIndex}`}
                    data-slot={slot.slot}
                    data-state={slot.state}
                    tabIndex={rowIndex === active.row && slotIndex === active.slot ? 0 : -1}
                    aria-label={slotName(slot, t)}
                    title={t('supervisor:map.slotTitle', {
                      slot: slot.slot,
                      state: stateText(slot.state, t),
                    })}
                    aria-pressed={selected?.slot === slot.slot}
                    onFocus={() => setFocus({ row: rowIndex, slot: slotIndex })}
                    onKeyDown={(event) => move(event, rowIndex, slotIndex)}
                    onClick={() => setSelected(slot)}
                  >
                    {slot.slot.slice(slot.slot.lastIndexOf('-') + 1)}
                  </button>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="review__legend">
        <span className="slot slot--free" aria-hidden="true" /> {t('supervisor:map.stateFree')}{' '}
        <span className="slot slot--occupied" aria-hidden="true" /> {t('supervisor:map.stateOccupied')}{' '}
        <span className="slot slot--overdue" aria-hidden="true" /> {t('supervisor:map.stateOverdue')}
      </p>
      <div aria-live="polite" data-testid="slot-details">
        {selected !== null && (
          <p>
            {t('supervisor:map.details', { slot: selected.slot, state: stateText(selected.state, t) })}
            {selected.receiptNumbers.length > 0 && ` — ${selected.receiptNumbers.join(', ')}`}
          </p>
        )}
      </div>
      {map.outsideLayout.length > 0 && (
        <p data-testid="outside-layout">
          {t('supervisor:map.outsideLayout', { count: map.outsideLayout.length })}
        </p>
      )}
    </section>
  );
}
