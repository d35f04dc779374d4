import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import { z } from 'zod';
import { applicationSchema } from '../../../shared/schemas';
import { applicationOf, type IntakeFormValues } from './intake-form';

/**
 * The form is checked by the same applicationSchema the database checks on acceptance, after the
 * text inputs are turned into the application (blank optional fields become absent). The issue
 * paths are the form's field names, so each message lands on its field. `raw`: the form keeps its
 * own values (the decision converts them again), the schema only judges them.
 */
const formSchema = z.preprocess((values: IntakeFormValues) => applicationOf(values), applicationSchema);

export const intakeResolver: Resolver<IntakeFormValues> = zodResolver(formSchema, undefined, { raw: true });
