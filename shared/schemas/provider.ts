import { z } from 'zod';
import { hasValidBinChecksum } from '../domain';
import { validationMessages as m } from './messages';
import { requiredText, typeError } from './primitives';

/** An organisation's BIN: 12 digits with a fitting check digit. */
export const binSchema = z
  .string(typeError)
  .trim()
  .regex(/^\d{12}$/, { error: m.bin.format, abort: true })
  .refine(hasValidBinChecksum, { error: m.bin.checksum });

/** The school or college an application is addressed to. */
export const providerRefSchema = z.object({ bin: binSchema, name: requiredText(300) }, typeError);
