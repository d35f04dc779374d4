import type { ServiceDefinition } from './serviceDefinition';
import { duplicateSecondary } from './services/duplicateSecondary';
import { duplicateTvet } from './services/duplicateTvet';
import { educationDataCorrection } from './services/educationDataCorrection';
import { externatPermission } from './services/externatPermission';

/** Every service the desk knows. Adding one = a new data file here plus its translations. */
export const serviceCatalogue: readonly ServiceDefinition[] = [
  duplicateSecondary,
  duplicateTvet,
  externatPermission,
  educationDataCorrection,
];

export function findService(id: string): ServiceDefinition | undefined {
  return serviceCatalogue.find((service) => service.id === id);
}

/** The counter accepts it (otherwise it is portal-only and the clerk shows the guidance). */
export function isAcceptedAtCounter(service: ServiceDefinition): boolean {
  return service.availability.kind === 'counter';
}

export function counterServices(): readonly ServiceDefinition[] {
  return serviceCatalogue.filter(isAcceptedAtCounter);
}
