/**
 * OParl 1.1 recommends German values for these two fields, which clients match on; our codes
 * map to them one to one (council, college and committee are all a "Gremium").
 */
export const OPARL_ORGANIZATION_TYPE: Readonly<Record<string, string>> = {
  council: 'Gremium',
  college: 'Gremium',
  committee: 'Gremium',
  party: 'Partei',
  faction: 'Fraktion',
  administration: 'Verwaltungsbereich',
  externalBody: 'externes Gremium',
  institution: 'Institution',
  other: 'Sonstiges',
};

export const OPARL_MEETING_STATE: Readonly<Record<string, string>> = {
  scheduled: 'terminiert',
  invited: 'eingeladen',
  held: 'durchgeführt',
};
