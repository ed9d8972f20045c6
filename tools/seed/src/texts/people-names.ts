/**
 * Common Belgian given and family names, combined at random: the office holders of the
 * demo towns are fictional, and no real person's data is seeded.
 */
export const GIVEN_NAMES = {
  fr: ['Marie', 'Jean', 'Sophie', 'Luc', 'Nathalie', 'Pierre', 'Isabelle', 'Philippe', 'Anne', 'Michel', 'Christine', 'Didier', 'Catherine', 'Thierry', 'Martine', 'Olivier', 'Julie', 'David', 'Laura', 'Thomas', 'Céline', 'Benoît'],
  de: ['Hans', 'Maria', 'Peter', 'Anna', 'Klaus', 'Sabine', 'Jürgen', 'Monika', 'Stefan', 'Claudia', 'Andreas', 'Petra', 'Markus', 'Karin', 'Lukas', 'Julia'],
};

export const FAMILY_NAMES = {
  fr: ['Dupont', 'Lambert', 'Martin', 'Dubois', 'Leroy', 'Renard', 'Lejeune', 'Collard', 'Jacquet', 'Mathieu', 'Simon', 'Laurent', 'Gérard', 'Hubert', 'Michaux', 'Delhaye', 'Servais', 'Piron'],
  de: ['Schmitz', 'Kessler', 'Mertens', 'Heinen', 'Kreutz', 'Lentz', 'Ernst', 'Cremer', 'Jost', 'Pauels', 'Radermacher', 'Vliegen', 'Braun', 'Lausberg'],
};

export const namesFor = (locale: string) => (locale === 'de' ? 'de' : 'fr') as 'fr' | 'de';
