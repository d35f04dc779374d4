import type { LocalizedText } from '../localizedText';

/** Who may act for a minor: a parent or a legal representative (adoptive parent, guardian, trustee). */
export const representativeRelations = ['parent', 'adoptive-parent', 'guardian', 'trustee'] as const;
export type RepresentativeRelation = (typeof representativeRelations)[number];

export const representativeRelationLabels: Readonly<Record<RepresentativeRelation, LocalizedText>> = {
  parent: { kk: 'Ата-анасы', ru: 'Родитель', en: 'Parent' },
  'adoptive-parent': { kk: 'Асырап алушы', ru: 'Усыновитель (удочеритель)', en: 'Adoptive parent' },
  guardian: { kk: 'Қорғаншы', ru: 'Опекун', en: 'Guardian' },
  trustee: { kk: 'Қамқоршы', ru: 'Попечитель', en: 'Trustee' },
};
