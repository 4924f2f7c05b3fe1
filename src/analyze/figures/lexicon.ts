/**
 * Word lists for figure extraction: number words, scale words, qualifiers, units, currencies,
 * what-is-counted keys and nationality adjectives. Plain data, read by `index.ts`.
 */

export const SMALL_NUMBERS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};

export const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

/** Scale words written after a numeral ("1.5bn", "$200 million", "20k"). */
export const NUMERAL_SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  mln: 1e6,
  bln: 1e9,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
  tn: 1e12,
  trn: 1e12,
};

/**
 * Vague multitudes. Convention (the same as NewsQuant's gold, where "millions" is 1,000,000-10,000,000):
 * a plural scale word spans one order of magnitude, low = the scale, high = ten times the scale.
 * "hundreds of thousands" = 100,000-1,000,000; "tens of thousands" = 10,000-100,000;
 * "thousands" = 1,000-10,000; "dozens" = 12-120 (as NewsQuant writes it: one order of magnitude from a dozen).
 */
export const MULTITUDES: Record<string, [number, number]> = {
  dozens: [12, 120],
  tens: [10, 100],
  hundreds: [100, 1000],
  thousands: [1e3, 1e4],
  millions: [1e6, 1e7],
  billions: [1e9, 1e10],
  trillions: [1e12, 1e13],
};

/** Qualifiers before a figure, longest first; the key is matched lower-cased. */
export const QUALIFIERS: string[] = [
  'no more than', 'no fewer than', 'no less than', 'not more than', 'not less than',
  'as many as', 'as much as', 'as few as', 'as little as', 'in excess of', 'upwards of', 'more than', 'fewer than',
  'less than', 'greater than', 'at least', 'at most', 'up to', 'close to', 'just over', 'just under',
  'well over', 'an estimated', 'approximately', 'approx.', 'roughly', 'nearly', 'almost', 'about', 'around',
  'some', 'over', 'under', 'above', 'below', 'exactly', 'only', 'just', 'estimated', 'circa', 'c.',
];

export interface UnitInfo {
  /** The unit as sitrep reports it (`percent`, `USD`, `km`, `hour`, …). */
  unit: string;
  /** What kind of quantity: grouping in the ledger never mixes kinds. */
  kind: 'percent' | 'money' | 'length' | 'area' | 'mass' | 'volume' | 'speed' | 'time' | 'age' | 'temperature' | 'energy' | 'data' | 'count' | 'other';
}

/** Currency symbols and codes before a number. */
export const CURRENCY_SYMBOLS: Record<string, string> = {
  $: 'USD', 'us$': 'USD', 'au$': 'AUD', 'aud$': 'AUD', 'ca$': 'CAD', 'cad$': 'CAD', 'nzd$': 'NZD', 'mx$': 'MXN', 'mxn$': 'MXN', 'mex$': 'MXN', '₿': 'BTC', usd: 'USD', 'a$': 'AUD', aud: 'AUD', 'c$': 'CAD', cad: 'CAD', 'hk$': 'HKD',
  'nz$': 'NZD', '$us': 'USD', '$a': 'AUD', '$nz': 'NZD', 's$': 'SGD', '€': 'EUR', eur: 'EUR', '£': 'GBP', gbp: 'GBP', '¥': 'JPY', jpy: 'JPY',
  '₽': 'RUB', rub: 'RUB', '₴': 'UAH', uah: 'UAH', '₹': 'INR', inr: 'INR', rs: 'INR', 'rs.': 'INR',
  cny: 'CNY', rmb: 'CNY', chf: 'CHF', '₪': 'ILS', 'r$': 'BRL', 'nt$': 'TWD', '₩': 'KRW', '₱': 'PHP', '₦': 'NGN', '₺': 'TRY', rm: 'MYR', myr: 'MYR', nzd: 'NZD', hkd: 'HKD', sgd: 'SGD',
};

/** Unit words after a number (singular and plural forms), lower-case. Multi-word entries are matched first. */
const U: Array<[string[], UnitInfo]> = [
  [['percent', 'per cent', '%', 'pct', 'percentage', 'pc'], { unit: 'percent', kind: 'percent' }],
  [['percentage points', 'percentage point', 'percent points'], { unit: 'percentage point', kind: 'percent' }],
  [['basis points', 'basis point', 'bps'], { unit: 'basis point', kind: 'percent' }],
  [['us dollars', 'u.s. dollars', 'us dollar', 'u.s. dollar', 'dollars', 'dollar', 'usd'], { unit: 'USD', kind: 'money' }],
  [['australian dollars', 'australian dollar'], { unit: 'AUD', kind: 'money' }],
  [['canadian dollars', 'canadian dollar'], { unit: 'CAD', kind: 'money' }],
  [['new zealand dollars', 'new zealand dollar'], { unit: 'NZD', kind: 'money' }],
  [['hong kong dollars', 'hong kong dollar'], { unit: 'HKD', kind: 'money' }],
  [['singapore dollars', 'singapore dollar'], { unit: 'SGD', kind: 'money' }],
  [['euros', 'euro', 'eur'], { unit: 'EUR', kind: 'money' }],
  [['pounds sterling', 'pound sterling', 'sterling', 'british pounds', 'gbp'], { unit: 'GBP', kind: 'money' }],
  [['rubles', 'ruble', 'roubles', 'rouble', 'rub'], { unit: 'RUB', kind: 'money' }],
  [['hryvnias', 'hryvnia', 'hryvnas', 'hryvna', 'uah'], { unit: 'UAH', kind: 'money' }],
  [['japanese yen', 'yen'], { unit: 'JPY', kind: 'money' }],
  [['chinese yuan', 'yuan', 'renminbi'], { unit: 'CNY', kind: 'money' }],
  [['rupees', 'rupee'], { unit: 'INR', kind: 'money' }],
  [['swiss francs', 'swiss franc', 'francs'], { unit: 'CHF', kind: 'money' }],
  [['shekels', 'shekel'], { unit: 'ILS', kind: 'money' }],
  [['ringgit'], { unit: 'MYR', kind: 'money' }],
  [['bitcoins', 'bitcoin'], { unit: 'BTC', kind: 'money' }],
  [['satoshis', 'satoshi'], { unit: 'satoshi', kind: 'money' }],
  [['cents', 'cent'], { unit: 'cent', kind: 'money' }],
  [['pence', 'penny', 'p'], { unit: 'penny', kind: 'money' }],
  [['turkish lira', 'turkish liras', 'lira', 'liras'], { unit: 'TRY', kind: 'money' }],
  [['mexican pesos', 'mexican peso'], { unit: 'MXN', kind: 'money' }],
  [['zlotys', 'zloty', 'pln'], { unit: 'PLN', kind: 'money' }],
  [['rand'], { unit: 'ZAR', kind: 'money' }],
  [['baht'], { unit: 'THB', kind: 'money' }],
  [['south korean won', 'korean won'], { unit: 'KRW', kind: 'money' }],
  [['kuna'], { unit: 'HRK', kind: 'money' }],
  [['lari'], { unit: 'GEL', kind: 'money' }],
  [['naira'], { unit: 'NGN', kind: 'money' }],
  [['rupiah'], { unit: 'IDR', kind: 'money' }],
  [['dirhams', 'dirham'], { unit: 'AED', kind: 'money' }],
  [['riyals', 'riyal'], { unit: 'SAR', kind: 'money' }],
  [['swedish kronor', 'swedish krona', 'kronor', 'krona'], { unit: 'SEK', kind: 'money' }],
  [['norwegian kroner', 'norwegian krone'], { unit: 'NOK', kind: 'money' }],
  [['danish kroner', 'danish krone'], { unit: 'DKK', kind: 'money' }],
  [['brazilian reais', 'brazilian real', 'reais'], { unit: 'BRL', kind: 'money' }],
  [['philippine pesos', 'philippine peso'], { unit: 'PHP', kind: 'money' }],
  [['argentine pesos', 'argentine peso'], { unit: 'ARS', kind: 'money' }],
  [['chilean pesos', 'chilean peso'], { unit: 'CLP', kind: 'money' }],
  [['colombian pesos', 'colombian peso'], { unit: 'COP', kind: 'money' }],
  // A currency word without its country keeps its own name ("50 billion pesos").
  [['pesos', 'peso'], { unit: 'peso', kind: 'money' }],
  [['forints', 'forint'], { unit: 'HUF', kind: 'money' }],
  [['korunas', 'koruna'], { unit: 'CZK', kind: 'money' }],
  [['leva', 'lev'], { unit: 'BGN', kind: 'money' }],
  [['tenge'], { unit: 'KZT', kind: 'money' }],
  [['kroner', 'krone'], { unit: 'krone', kind: 'money' }],
  [['dinars', 'dinar'], { unit: 'dinar', kind: 'money' }],
  [['shillings', 'shilling'], { unit: 'shilling', kind: 'money' }],
  [['rials', 'rial'], { unit: 'rial', kind: 'money' }],
  [['taka'], { unit: 'BDT', kind: 'money' }],
  [['cedis', 'cedi'], { unit: 'GHS', kind: 'money' }],
  [['kwacha'], { unit: 'kwacha', kind: 'money' }],
  [['dutch guilders', 'guilders', 'guilder'], { unit: 'NLG', kind: 'money' }],
  [['finnish markka', 'markka'], { unit: 'FIM', kind: 'money' }],
  [['rmb', 'cny'], { unit: 'CNY', kind: 'money' }],
  [['btc', '₿'], { unit: 'BTC', kind: 'money' }],
  [['square kilometres', 'square kilometers', 'square kilometre', 'square kilometer', 'sq km', 'km2', 'km²'], { unit: 'km2', kind: 'area' }],
  [['square miles', 'square mile', 'sq mi', 'sq miles', 'sq mile'], { unit: 'square mile', kind: 'area' }],
  [['square metres', 'square meters', 'square metre', 'square meter', 'sq m', 'm2', 'm²'], { unit: 'm2', kind: 'area' }],
  [['square feet', 'square foot', 'sq ft', 'sq feet', 'sq. ft.', 'sq. ft', 'sq foot'], { unit: 'square foot', kind: 'area' }],
  [['square inches', 'square inch', 'sq in', 'sq inches'], { unit: 'square inch', kind: 'area' }],
  [['square yards', 'square yard', 'sq yd', 'sq yards'], { unit: 'square yard', kind: 'area' }],
  [['square centimetres', 'square centimeters', 'square centimetre', 'square centimeter', 'sq cm', 'cm2', 'cm²'], { unit: 'cm2', kind: 'area' }],
  [['square millimetres', 'square millimeters', 'square millimetre', 'square millimeter', 'sq mm', 'mm2', 'mm²'], { unit: 'mm2', kind: 'area' }],
  [['hectares', 'hectare', 'ha'], { unit: 'hectare', kind: 'area' }],
  [['acres', 'acre'], { unit: 'acre', kind: 'area' }],
  [['kilometres per hour', 'kilometers per hour', 'kilometres an hour', 'kilometers an hour', 'km/h', 'km/hr', 'kmph', 'kph', 'kmh'], { unit: 'km/h', kind: 'speed' }],
  [['miles per hour', 'miles an hour', 'mph', 'm.p.h.', 'm.p.h'], { unit: 'mph', kind: 'speed' }],
  [['knots', 'knot'], { unit: 'knot', kind: 'speed' }],
  [['kilometres', 'kilometers', 'kilometre', 'kilometer', 'km', 'kms'], { unit: 'km', kind: 'length' }],
  [['miles', 'mile', 'mi'], { unit: 'mile', kind: 'length' }],
  [['nautical miles', 'nautical mile'], { unit: 'nautical mile', kind: 'length' }],
  [['metres', 'meters', 'metre', 'meter', 'm'], { unit: 'm', kind: 'length' }],
  [['centimetres', 'centimeters', 'centimetre', 'centimeter', 'cm'], { unit: 'cm', kind: 'length' }],
  [['millimetres', 'millimeters', 'millimetre', 'millimeter', 'mm'], { unit: 'mm', kind: 'length' }],
  [['feet', 'foot', 'ft'], { unit: 'foot', kind: 'length' }],
  [['decimetres', 'decimeters', 'decimetre', 'decimeter', 'dm'], { unit: 'dm', kind: 'length' }],
  [['tablespoons', 'tablespoon', 'tbsp'], { unit: 'tablespoon', kind: 'volume' }],
  [['teaspoons', 'teaspoon', 'tsp'], { unit: 'teaspoon', kind: 'volume' }],
  [['cups', 'cup'], { unit: 'cup', kind: 'volume' }],
  [['inches', 'inch', 'in.'], { unit: 'inch', kind: 'length' }],
  [['yards', 'yard', 'yd'], { unit: 'yard', kind: 'length' }],
  [['kilograms', 'kilogrammes', 'kilogram', 'kilogramme', 'kg', 'kgs', 'kilos', 'kilo'], { unit: 'kg', kind: 'mass' }],
  [['grams', 'grammes', 'gram', 'gramme', 'g'], { unit: 'g', kind: 'mass' }],
  [['milligrams', 'milligram', 'mg'], { unit: 'mg', kind: 'mass' }],
  [['tonnes', 'tonne', 'metric tons', 'metric ton', 't'], { unit: 'tonne', kind: 'mass' }],
  [['tons', 'ton'], { unit: 'ton', kind: 'mass' }],
  [['micrograms', 'microgram', 'microgrammes', 'microgramme', 'μg', 'µg', 'mcg'], { unit: 'microgram', kind: 'mass' }],
  [['pounds', 'lbs', 'lb'], { unit: 'pound', kind: 'mass' }],
  [['ounces', 'ounce', 'oz'], { unit: 'ounce', kind: 'mass' }],
  [['litres', 'liters', 'litre', 'liter', 'l'], { unit: 'litre', kind: 'volume' }],
  [['millilitres', 'milliliters', 'millilitre', 'milliliter', 'ml'], { unit: 'ml', kind: 'volume' }],
  [['gallons', 'gallon'], { unit: 'gallon', kind: 'volume' }],
  [['cubic metres', 'cubic meters', 'cubic metre', 'cubic meter', 'bcm'], { unit: 'm3', kind: 'volume' }],
  [['cubic feet', 'cubic foot', 'cu ft'], { unit: 'cubic foot', kind: 'volume' }],
  [['cubic inches', 'cubic inch'], { unit: 'cubic inch', kind: 'volume' }],
  [['cubic yards', 'cubic yard'], { unit: 'cubic yard', kind: 'volume' }],
  [['cubic kilometres', 'cubic kilometers', 'cubic kilometre', 'cubic kilometer'], { unit: 'cubic kilometre', kind: 'volume' }],
  [['barrels per day', 'barrels a day', 'bpd'], { unit: 'barrel per day', kind: 'volume' }],
  [['barrels of oil', 'barrel of oil'], { unit: 'barrel of oil', kind: 'volume' }],
  [['barrels', 'barrel'], { unit: 'barrel', kind: 'volume' }],
  [['miles per gallon', 'mpg'], { unit: 'mpg', kind: 'other' }],
  [['degrees celsius', 'degree celsius', 'degrees centigrade', '°c', '° c', '° celsius', '°celsius', 'celsius', 'deg c', 'degc', 'degrees c', 'degree c'], { unit: '°C', kind: 'temperature' }],
  [['degrees fahrenheit', 'degree fahrenheit', '°f', '° f', '° fahrenheit', '°fahrenheit', 'fahrenheit', 'deg f', 'degf', 'degrees f', 'degree f'], { unit: '°F', kind: 'temperature' }],
  [['degrees', 'degree', '°'], { unit: 'degree', kind: 'other' }],
  [['milliseconds', 'millisecond', 'ms'], { unit: 'millisecond', kind: 'time' }],
  [['seconds', 'second', 'secs', 'sec'], { unit: 'second', kind: 'time' }],
  [['minutes', 'minute', 'mins', 'min'], { unit: 'minute', kind: 'time' }],
  [['hours', 'hour', 'hrs', 'hr'], { unit: 'hour', kind: 'time' }],
  [['days', 'day'], { unit: 'day', kind: 'time' }],
  [['weeks', 'week'], { unit: 'week', kind: 'time' }],
  [['months', 'month'], { unit: 'month', kind: 'time' }],
  [['years', 'year', 'yrs'], { unit: 'year', kind: 'time' }],
  [['decades', 'decade'], { unit: 'decade', kind: 'time' }],
  [['centuries', 'century'], { unit: 'century', kind: 'time' }],
  [['kilowatt hours', 'kilowatt-hours', 'kilowatt hour', 'kilowatt-hour', 'kwh'], { unit: 'kWh', kind: 'energy' }],
  [['megawatt hours', 'megawatt-hours', 'megawatt hour', 'megawatt-hour', 'mwh'], { unit: 'MWh', kind: 'energy' }],
  [['gigawatts', 'gigawatt', 'gw'], { unit: 'GW', kind: 'energy' }],
  [['megawatts', 'megawatt', 'mw'], { unit: 'MW', kind: 'energy' }],
  [['kilowatts', 'kilowatt', 'kw'], { unit: 'kW', kind: 'energy' }],
  [['watts', 'watt', 'w'], { unit: 'W', kind: 'energy' }],
  [['horsepower', 'hp', 'bhp'], { unit: 'hp', kind: 'other' }],
  [['gigabytes', 'gigabyte', 'gb'], { unit: 'GB', kind: 'data' }],
  [['terabytes', 'terabyte', 'tb'], { unit: 'TB', kind: 'data' }],
  [['megabytes', 'megabyte', 'mb'], { unit: 'MB', kind: 'data' }],
  [['gigahertz', 'ghz'], { unit: 'GHz', kind: 'other' }],
  [['megahertz', 'mhz'], { unit: 'MHz', kind: 'other' }],
  [['hertz', 'hz'], { unit: 'Hz', kind: 'other' }],
  [['times', 'fold'], { unit: 'times', kind: 'other' }],
  [['pounds per square inch', 'pound per square inch', 'psi'], { unit: 'psi', kind: 'other' }],
  [['terawatt hours', 'terawatt-hours', 'terawatt hour', 'terawatt-hour', 'twh'], { unit: 'TWh', kind: 'energy' }],
  [['gigawatt hours', 'gigawatt-hours', 'gigawatt hour', 'gigawatt-hour', 'gwh'], { unit: 'GWh', kind: 'energy' }],
  [['kilovolts', 'kilovolt', 'kv'], { unit: 'kV', kind: 'other' }],
  [['volts', 'volt'], { unit: 'V', kind: 'other' }],
  [['amperes', 'ampere', 'amps'], { unit: 'A', kind: 'other' }],
  [['frames per second', 'fps'], { unit: 'fps', kind: 'other' }],
  [['gigabits per second', 'gbps'], { unit: 'Gbps', kind: 'data' }],
  [['kilobytes', 'kilobyte', 'kb'], { unit: 'kB', kind: 'data' }],
  [['petabytes', 'petabyte', 'pb'], { unit: 'PB', kind: 'data' }],
  [['megatons', 'megaton', 'megatonnes', 'megatonne'], { unit: 'megaton', kind: 'mass' }],
  [['kilotons', 'kiloton', 'kilotonnes', 'kilotonne'], { unit: 'kiloton', kind: 'mass' }],
  [['gigatons', 'gigaton', 'gigatonnes', 'gigatonne'], { unit: 'gigaton', kind: 'mass' }],
  [['light years', 'light-years', 'light year', 'light-year'], { unit: 'light-year', kind: 'length' }],
  [['carats', 'carat'], { unit: 'carat', kind: 'mass' }],
  [['metres per second', 'meters per second', 'metre per second', 'meter per second', 'm/s'], { unit: 'm/s', kind: 'speed' }],
  [['mmbtu', 'million british thermal units'], { unit: 'MMBtu', kind: 'energy' }],
  [['parts per million', 'part per million', 'ppm'], { unit: 'ppm', kind: 'other' }],
  [['parts per billion', 'part per billion', 'ppb'], { unit: 'ppb', kind: 'other' }],
  [['nanometres', 'nanometers', 'nanometre', 'nanometer'], { unit: 'nm', kind: 'length' }],
  [['micrometres', 'micrometers', 'micrometre', 'micrometer', 'microns', 'micron', 'μm', 'µm'], { unit: 'μm', kind: 'length' }],
  [['megapascals', 'megapascal'], { unit: 'MPa', kind: 'other' }],
  [['gigapascals', 'gigapascal'], { unit: 'GPa', kind: 'other' }],
  [['kilopascals', 'kilopascal', 'kpa'], { unit: 'kPa', kind: 'other' }],
  [['ksi'], { unit: 'ksi', kind: 'other' }],
  [['newton metres', 'newton meters', 'newton-metres', 'newton-meters'], { unit: 'N·m', kind: 'other' }],
  [['pound-feet', 'pound-foot', 'pound feet', 'lb-ft', 'lb ft'], { unit: 'lb-ft', kind: 'other' }],
  [['milliampere-hours', 'milliampere hours', 'milliamp hours', 'mah'], { unit: 'mAh', kind: 'energy' }],
  [['revolutions per minute', 'rpm'], { unit: 'rpm', kind: 'other' }],
  [['megabits per second', 'megabit per second', 'mbps'], { unit: 'Mbps', kind: 'data' }],
  [['calories', 'calorie', 'kcal'], { unit: 'calorie', kind: 'energy' }],
  [['decibels', 'decibel'], { unit: 'dB', kind: 'other' }],
  [['fluid ounces', 'fluid ounce', 'fl oz', 'fl. oz.'], { unit: 'fl oz', kind: 'volume' }],
  [['radians', 'radian', 'rad'], { unit: 'rad', kind: 'other' }],
  [['pints', 'pint'], { unit: 'pint', kind: 'volume' }],
  [['foot-pounds', 'foot-pound', 'foot pounds', 'ft-lbs', 'ft-lb', 'ft lbs', 'ft lb'], { unit: 'ft-lbf', kind: 'other' }],
  [['megapixels', 'megapixel'], { unit: 'megapixel', kind: 'other' }],
  [['gigabits', 'gigabit'], { unit: 'Gbit', kind: 'data' }],
  [['megabits', 'megabit'], { unit: 'Mbit', kind: 'data' }],
  [['terabits', 'terabit'], { unit: 'Tbit', kind: 'data' }],
  [['kilobits', 'kilobit'], { unit: 'kbit', kind: 'data' }],
  [['hectopascals', 'hectopascal'], { unit: 'hPa', kind: 'other' }],
  [['millibars', 'millibar', 'mbar'], { unit: 'mbar', kind: 'other' }],
  [['joules', 'joule'], { unit: 'J', kind: 'energy' }],
  [['kilojoules', 'kilojoule'], { unit: 'kJ', kind: 'energy' }],
  [['megajoules', 'megajoule'], { unit: 'MJ', kind: 'energy' }],
  [['gigajoules', 'gigajoule'], { unit: 'GJ', kind: 'energy' }],
  [['electronvolts', 'electronvolt', 'electron volts', 'electron volt'], { unit: 'eV', kind: 'energy' }],
  [['cc'], { unit: 'cc', kind: 'volume' }],
  [['quarts', 'quart'], { unit: 'quart', kind: 'volume' }],
];

/**
 * Units whose abbreviation is only a unit in this exact case ("61 MPa", "450 Nm", "4500 mAh", "300 PS";
 * "GPA" is a grade average, "nm" a nanometre, "Nm" a newton metre).
 */
/**
 * ISO codes of currencies, read only in capitals, before a number ("SEK 3 billion") or after it ("3 billion SEK").
 * Codes that are also names or words before a number ("PHP 7", "COP 26", "TRY 5 TIMES") are read only after it.
 */
export const CURRENCY_CODES = ['SEK', 'NOK', 'DKK', 'ZAR', 'TRY', 'BRL', 'IDR', 'KRW', 'AED', 'SAR', 'QAR', 'CZK', 'HUF', 'KES', 'THB', 'PHP', 'TWD', 'NGN', 'EGP', 'PKR', 'ILS', 'MXN', 'ARS', 'CLP', 'COP', 'CHF', 'JPY', 'INR', 'SGD', 'HKD', 'NZD', 'AUD', 'CAD', 'MYR', 'RON', 'BGN', 'ISK', 'VND'];
export const CODES_NOT_BEFORE = new Set(['PHP', 'COP', 'TRY']);

export const CASED_UNITS: Array<[string, UnitInfo]> = [
  ...CURRENCY_CODES.map((c): [string, UnitInfo] => [c, { unit: c, kind: 'money' }]),
  ['kV/cm', { unit: 'kV/cm', kind: 'other' }],
  ['A/cm2', { unit: 'A/cm²', kind: 'other' }],
  ['A/cm²', { unit: 'A/cm²', kind: 'other' }],
  ['MPa', { unit: 'MPa', kind: 'other' }],
  ['GPa', { unit: 'GPa', kind: 'other' }],
  ['mAh', { unit: 'mAh', kind: 'energy' }],
  ['Nm', { unit: 'N·m', kind: 'other' }],
  ['nm', { unit: 'nm', kind: 'length' }],
  ['PS', { unit: 'PS', kind: 'other' }],
  ['dB', { unit: 'dB', kind: 'other' }],
  // Bits are written with a small b, bytes with a capital B ("10 Gb", "2 GB").
  ['Gb', { unit: 'Gbit', kind: 'data' }],
  ['Mb', { unit: 'Mbit', kind: 'data' }],
  ['Tb', { unit: 'Tbit', kind: 'data' }],
  ['Kb', { unit: 'kbit', kind: 'data' }],
  ['hPa', { unit: 'hPa', kind: 'other' }],
  ['Gt', { unit: 'gigaton', kind: 'mass' }],
  ['MP', { unit: 'megapixel', kind: 'other' }],
  ['kJ', { unit: 'kJ', kind: 'energy' }],
  ['MJ', { unit: 'MJ', kind: 'energy' }],
  ['GJ', { unit: 'GJ', kind: 'energy' }],
  ['eV', { unit: 'eV', kind: 'energy' }],
  ['keV', { unit: 'keV', kind: 'energy' }],
  ['MeV', { unit: 'MeV', kind: 'energy' }],
  ['GeV', { unit: 'GeV', kind: 'energy' }],
  ['TeV', { unit: 'TeV', kind: 'energy' }],
];

/**
 * Abbreviations that only count as a unit when written right after a number or with one space
 * ("5 m", "10km"), and never when capitalised as a word would be ("5 M" stays unitless).
 */
export const SHORT_UNITS = new Set(['t', 'cc', 'mbar', 'm', 'g', 'l', 'w', 'p', 'pc', 'rad', 'psi', 'twh', 'gwh', 'kv', 'fps', 'gbps', 'kb', 'pb', 'm/s', 'ppm', 'ppb', 'ksi', 'kpa', 'rpm', 'mah', 'mbps', 'kcal', 'mi', 'in.', 'ha', 'min', 'sec', 'ms', 'hr', 'kms', 'yd', 'mg', 'dm', 'mb', 'gb', 'tb', 'mw', 'gw', 'kw', 'hp', 'usd', 'eur', 'gbp', 'rub', 'uah', 'rmb', 'cny', 'pln', 'btc', '°']);
/** Short units also written in capitals ("100 MB", "5 GW", "10 USD"). */
export const CASE_FREE_UNITS = new Set(['mb', 'gb', 'tb', 'mw', 'gw', 'kw', 'hp', 'usd', 'eur', 'gbp', 'rub', 'uah', 'rmb', 'cny', 'pln', 'btc', 'ppm', 'ppb', 'rpm', 'kpa', 'mbps', 'mah', 'psi', 'twh', 'gwh', 'kv', 'gbps', 'kb', 'pb']);

export const UNIT_SURFACES: Array<[string, UnitInfo]> = U.flatMap(([surfaces, info]) => surfaces.map((s) => [s, info] as [string, UnitInfo]))
  .sort((a, b) => b[0].length - a[0].length);

export function currencyKind(unit: string): boolean {
  return /^[A-Z]{3}$/.test(unit) || unit === 'cent';
}

/**
 * What is counted, normalised for grouping: lemma → key. Soldiers and troops are one thing in a
 * ledger; so are the dead, deaths and people killed.
 */
export const ABOUT_KEYS: Record<string, string> = {
  troop: 'troop', troops: 'troop', soldier: 'troop', serviceman: 'troop', servicemen: 'troop', servicemember: 'troop',
  'service member': 'troop', personnel: 'troop', force: 'troop', forces: 'troop', fighter: 'fighter', militant: 'fighter',
  dead: 'killed', death: 'killed', fatality: 'killed', killed: 'killed', life: 'killed', lives: 'killed', casualty: 'casualty',
  wounded: 'wounded', injured: 'wounded', injury: 'wounded',
  refugee: 'refugee', displaced: 'displaced', evacuee: 'evacuated', evacuated: 'evacuated',
  person: 'person', people: 'person', civilian: 'civilian', resident: 'person', citizen: 'person',
  tank: 'tank', warship: 'warship', ship: 'warship', vessel: 'warship', jet: 'aircraft', aircraft: 'aircraft', plane: 'aircraft',
  missile: 'missile', drone: 'drone', helicopter: 'helicopter', vehicle: 'vehicle', 'armored vehicle': 'vehicle',
  prisoner: 'prisoner', 'prisoner of war': 'prisoner', pow: 'prisoner', hostage: 'hostage',
};

/** Participles after a counted person noun that say what happened to them ("13,000 people killed"). */
export const PERSON_FATES: Record<string, string> = {
  killed: 'killed', dead: 'killed', died: 'killed', slain: 'killed', wounded: 'wounded', injured: 'wounded',
  displaced: 'displaced', evacuated: 'evacuated', detained: 'detained', arrested: 'detained', missing: 'missing',
  captured: 'prisoner', abducted: 'hostage',
};

/** Verbs before a number that say the same ("killed more than 14,000 people"). */
export const FATE_VERBS: Record<string, string> = {
  kill: 'killed', killed: 'killed', claimed: 'killed', wound: 'wounded', wounded: 'wounded', injure: 'wounded', injured: 'wounded',
  displace: 'displaced', displaced: 'displaced', evacuate: 'evacuated', evacuated: 'evacuated', arrest: 'detained', detain: 'detained',
};

export const PERSON_NOUNS = new Set([
  'people', 'person', 'persons', 'civilians', 'civilian', 'residents', 'citizens', 'soldiers', 'troops', 'servicemen',
  'children', 'women', 'men', 'ukrainians', 'russians', 'fighters', 'militants', 'others', 'individuals', 'protesters',
]);

/** Nationality adjectives and actor names, to the name of the actor. */
export const ACTORS: Record<string, string> = {
  russian: 'Russia', russia: 'Russia', "russia's": 'Russia', moscow: 'Russia', kremlin: 'Russia',
  ukrainian: 'Ukraine', ukraine: 'Ukraine', "ukraine's": 'Ukraine', kyiv: 'Ukraine', kiev: 'Ukraine',
  american: 'United States', us: 'United States', 'u.s.': 'United States', usa: 'United States', 'united states': 'United States', washington: 'United States', pentagon: 'United States',
  nato: 'NATO', "nato's": 'NATO', alliance: 'NATO',
  belarusian: 'Belarus', belarus: 'Belarus', minsk: 'Belarus',
  british: 'United Kingdom', uk: 'United Kingdom', britain: 'United Kingdom', london: 'United Kingdom',
  german: 'Germany', germany: 'Germany', berlin: 'Germany', french: 'France', france: 'France', paris: 'France',
  polish: 'Poland', poland: 'Poland', chinese: 'China', china: 'China', beijing: 'China', turkish: 'Turkey', turkey: 'Turkey',
  european: 'European Union', eu: 'European Union', separatist: 'separatists', separatists: 'separatists', rebel: 'separatists', rebels: 'separatists',
};

/** Prepositions that start a place phrase after what is counted. */
export const PLACE_PREPOSITIONS = new Set(['near', 'along', 'on', 'at', 'in', 'inside', 'across', 'around', 'to', 'into', 'within', 'off', 'outside', 'by', 'from']);

/** Weekday names, as a pattern. */
export const DAYS = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
export const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

/** Words before a number that make it a label, not a quantity ("Article 5", "Resolution 2202", "Flight 752"). */
export const LABEL_WORDS = new Set([
  'article', 'articles', 'section', 'sections', 'chapter', 'paragraph', 'resolution', 'no', 'no.', 'nos', 'nos.', 'number', '#', 'row', 'room',
  'flight', 'page', 'pages', 'p.', 'pp.', 'item', 'part', 'clause', 'level', 'phase', 'grade', 'route', 'highway', 'gate', 'platform',
  'seat', 'channel', 'apartment', 'suite', 'block', 'vol', 'vol.', 'volume', 'issue', 'episode', 'season', 'version', 'round', 'stage',
  'lot', 'tier', 'ward', 'district', 'zone', 'bus', 'division', 'protocol', 'amendment', 'act', 'rule', 'order', 'decree', 'law',
  'exit', 'interstate', 'terminal', 'line', 'group', 'squad', 'unit', 'team', 'building', 'house', 'floor', 'sector', 'point', 'plan',
  'model', 'generation', 'series', 'mark', 'mk', 'type', 'class', 'category', 'code', 'id', 'ref', 'figure', 'fig.', 'table',
]);

/** Words that, before "one", make it a pronoun ("no one", "the one"). */
export const ONE_PRONOUN_BEFORE = new Set(['no', 'any', 'every', 'the', 'this', 'that', 'which', 'each', 'someone', 'anyone', 'everyone', 'only', 'last', 'another', 'such', 'little', 'big', 'new', 'old', 'right', 'wrong', 'same']);

/** Verbs and phrases that attribute a statement to someone in the same sentence. */
export const ATTRIBUTION_CUES = [
  'according to', 'said', 'says', 'say', 'told', 'tells', 'claimed', 'claims', 'claim', 'estimated', 'estimates', 'estimate',
  'reported', 'reports', 'announced', 'announces', 'stated', 'added', 'adds', 'noted', 'notes', 'warned', 'warns',
  'insisted', 'insists', 'alleged', 'alleges', 'believes', 'believed', 'thinks', 'wrote', 'writes', 'tweeted', 'confirmed', 'confirms',
  'indicated', 'indicates', 'assessed', 'assesses', 'put', 'puts', 'cited', 'cites', 'counted', 'counts', 'accused', 'accuses',
  'argued', 'argues', 'predicted', 'predicts', 'reckons', 'reckoned', 'recorded', 'documented',
  'verified', 'registered', 'tallied', 'gave', 'gives',
];
