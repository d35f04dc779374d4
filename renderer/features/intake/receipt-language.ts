import { receiptLanguages, type ReceiptLanguage } from '../../../shared/domain';

export function isReceiptLanguage(value: unknown): value is ReceiptLanguage {
  return typeof value === 'string' && (receiptLanguages as readonly string[]).includes(value);
}
