import type { CalendarData } from './calendarData';

/**
 * Kazakhstan, 2024–2027. Sources: Law «On holidays in the Republic of Kazakhstan» (as amended:
 * Republic Day 25 Oct and Independence Day 16 Dec only, since 2022); Labour Code arts. 84–85;
 * Minister of Labour orders on transfers; the Spiritual Administration of Muslims (ДУМК) for Kurban Ait.
 * Constitution Day: 30 Aug until 2025; 15 Mar from 2027 (after the 2026 referendum); none in 2026.
 *
 * Coverage must always include the next calendar year: deadlines started in December end in January.
 * Transfers for 2026 and 2027 have not been ordered as of this version; add them as new versions.
 */
export const kazakhstanCalendar: CalendarData = {
  version: 'kz-2024-2027.1',
  coverage: { from: '2024-01-01', to: '2027-12-31' },
  holidays: [
    {
      id: 'new-year',
      name: { kk: 'Жаңа жыл', ru: 'Новый год', en: 'New Year' },
      substituteWhenOnRestDay: true,
      rule: { kind: 'annual', month: 1, days: [1, 2] },
    },
    {
      id: 'orthodox-christmas',
      name: { kk: 'Православиелік Рождество', ru: 'Православное Рождество', en: 'Orthodox Christmas' },
      substituteWhenOnRestDay: false,
      rule: { kind: 'annual', month: 1, days: [7] },
    },
    {
      id: 'womens-day',
      name: {
        kk: 'Халықаралық әйелдер күні',
        ru: 'Международный женский день',
        en: "International Women's Day",
      },
      substituteWhenOnRestDay: true,
      rule: { kind: 'annual', month: 3, days: [8] },
    },
    {
      id: 'constitution-day-march',
      name: {
        kk: 'Қазақстан Республикасының Конституциясы күні',
        ru: 'День Конституции Республики Казахстан',
        en: 'Constitution Day',
      },
      substituteWhenOnRestDay: true,
      rule: { kind: 'annual', month: 3, days: [15], firstYear: 2027 },
    },
    {
      id: 'nauryz',
      name: { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы', en: 'Nauryz' },
      substituteWhenOnRestDay: true,
      rule: { kind: 'annual', month: 3, days: [21, 22, 23] },
    },
    {
      id: 'unity-day',
      name: {
        kk: 'Қазақстан халқының бірлігі мерекесі',
        ru: 'Праздник единства народа Казахстана',
        en: 'Unity Day of the People of Kazakhstan',
      },
      substituteWhenOnRestDay: true,
      rule: { kind: 'annual', month: 5, days: [1] },
    },
    {
      id: 'defender-day',
      name: {
        kk: 'Отан қорғаушы күні',
        ru: 'День защитника Отечества',
        en: 'Defender of the Fatherland Day',
      },
      substituteWhenOnRestDay: true,
      rule: { kind: 'annual', month: 5, days: [7] },
    },
    {
      id: 'victory-day',
      name: { kk: 'Жеңіс күні', ru: 'День Победы', en: 'Victory Day' },
      substituteWhenOnRestDay: true,
      rule: { kind: 'annual', month: 5, days: [9] },
    },
    {
      id: 'capital-day',
      name: { kk: 'Астана күні', ru: 'День столицы', en: 'Capital Day' },
      substituteWhenOnRestDay: true,
      rule: { kind: 'annual', month: 7, days: [6] },
    },
    {
      id: 'constitution-day-august',
      name: {
        kk: 'Қазақстан Республикасының Конституциясы күні',
        ru: 'День Конституции Республики Казахстан',
        en: 'Constitution Day',
      },
      substituteWhenOnRestDay: true,
      rule: { kind: 'annual', month: 8, days: [30], lastYear: 2025 },
    },
    {
      id: 'republic-day',
      name: { kk: 'Республика күні', ru: 'День Республики', en: 'Republic Day' },
      substituteWhenOnRestDay: true,
      rule: { kind: 'annual', month: 10, days: [25] },
    },
    {
      id: 'independence-day',
      name: { kk: 'Тәуелсіздік күні', ru: 'День Независимости', en: 'Independence Day' },
      substituteWhenOnRestDay: true,
      rule: { kind: 'annual', month: 12, days: [16] },
    },
    {
      id: 'kurban-ait',
      name: {
        kk: 'Құрбан айттың бірінші күні',
        ru: 'Первый день Курбан айта',
        en: 'First day of Kurban Ait',
      },
      substituteWhenOnRestDay: false,
      // 2027: astronomical estimate (10 Dhu al-Hijja 1448); ДУМК publishes the date in November 2026.
      rule: {
        kind: 'on-dates',
        dates: ['2024-06-16', '2025-06-06', '2026-05-27', '2027-05-16'],
        provisional: ['2027-05-16'],
      },
    },
  ],
  transfers: [
    {
      restDay: '2024-05-04',
      dayOff: '2024-05-08',
      weeks: ['five-day'],
      act: 'Order of the Minister of Labour and Social Protection of 17 April 2024 «On the transfer of a day of rest in 2024»',
    },
    {
      restDay: '2025-01-05',
      dayOff: '2025-01-03',
      weeks: ['five-day', 'six-day'],
      act: 'Order of the Minister of Labour and Social Protection of 21 November 2024 (day of rest moved from Sunday 5 January to Friday 3 January 2025)',
    },
  ],
};
