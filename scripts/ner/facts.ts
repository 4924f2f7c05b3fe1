/**
 * Lists of facts for the recogniser's gazetteer (label -> phrases). Labels: PER, LOC, ORG, MISC,
 * `first` (first names), `last` (family names), `title` (words that precede a person's name).
 */
export const FACTS: Record<string, string[]> = {
  ORG: [
    'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'TASS', 'RIA Novosti', 'Interfax', 'Sputnik',
    'Xinhua', 'BBC', 'CNN', 'Fox News', 'NBC', 'CBS', 'ABC', 'Al Jazeera', 'Bloomberg', 'VOA', 'Voice of America',
    'United Nations', 'UN', 'U.N.', 'NATO', 'European Union', 'EU', 'OSCE', 'IMF', 'World Bank', 'WHO', 'UNICEF',
    'Red Cross', 'Security Council', 'European Commission', 'European Parliament', 'Pentagon', 'Kremlin',
    'White House', 'State Department', 'Congress', 'Senate', 'Duma', 'State Duma', 'Verkhovna Rada', 'Rada',
    'Gazprom', 'Naftogaz', 'Rosneft', 'Lukoil', 'Google', 'Facebook', 'Twitter', 'Apple', 'Microsoft',
    'FIFA', 'UEFA', 'IOC', 'FSB', 'KGB', 'CIA', 'FBI', 'SBU', 'GRU', 'OPEC', 'G7', 'G20', 'CSTO', 'WTO',
  ],
  LOC: [
    'Kyiv', 'Kiev', 'Kharkiv', 'Kharkov', 'Odesa', 'Odessa', 'Lviv', 'Dnipro', 'Mariupol', 'Donetsk', 'Luhansk',
    'Lugansk', 'Donbas', 'Donbass', 'Crimea', 'Sevastopol', 'Kherson', 'Zaporizhzhia', 'Mykolaiv', 'Chernihiv',
    'Sumy', 'Bucha', 'Irpin', 'Belgorod', 'Minsk', 'Moscow', 'St. Petersburg', 'Washington', 'Brussels', 'Geneva',
    'Vienna', 'Berlin', 'Paris', 'London', 'Warsaw', 'Beijing', 'Ankara', 'Istanbul', 'Tbilisi', 'Baku', 'Yerevan',
    'Belarus', 'Ukraine', 'Russia', 'Black Sea', 'Sea of Azov', 'Baltic', 'Balkans', 'Caucasus', 'Siberia',
  ],
  title: [
    'president', 'minister', 'prime minister', 'spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'chancellor',
    'senator', 'sen.', 'rep.', 'gov.', 'governor', 'mayor', 'ambassador', 'general', 'gen.', 'colonel', 'col.',
    'commander', 'adviser', 'advisor', 'chief', 'director', 'chairman', 'leader', 'king', 'queen', 'prince', 'pope',
    'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'coach', 'striker', 'midfielder', 'defender', 'captain', 'deputy',
  ],
};
