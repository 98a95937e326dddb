import { datelineLength, splitDateline } from '../../../functions/core/text/dateline';

const rest = (text: string) => text.slice(datelineLength(text));

describe('datelineLength', () => {
  it.each([
    ['BISHKEK, April 30 (Reuters) - Kyrgyzstan and Tajikistan agreed', 'Kyrgyzstan and Tajikistan agreed'],
    ['ISLAMABAD/NEW DELHI, May 7 (Reuters) - India struck', 'India struck'],
    ['SEOUL, Nov. 23 (AP) — North Korea fired', 'North Korea fired'],
    ['KYIV -- Russian drones hit', 'Russian drones hit'],
    ['Kabul, Oct 12 (AFP) – Afghan forces said', 'Afghan forces said'],
    ['N’DJAMENA, Chad — Chad’s army said', 'Chad’s army said'],
    ['Kabul (Pajhwok’s desk) – Afghan forces said', 'Afghan forces said'],
    ['PHNOM PENH (Xinhua) - Cambodia said', 'Cambodia said'],
    ['PUTRAJAYA, Malaysia, July 28 (AP) - Thailand and Cambodia agreed', 'Thailand and Cambodia agreed'],
    ['GOMA, Congo (Reuters) - M23 rebels', 'M23 rebels'],
    ['WASHINGTON, June 27, 2025 (AFP) - The foreign ministers', 'The foreign ministers'],
    ['BELGRADE, Oct. 2 (RFE/RL) -- Serbia has begun', 'Serbia has begun'],
    [
      'ASTANA, December 22. /TASS/. Kazakh President Kassym-Jomart Tokayev',
      'Kazakh President Kassym-Jomart Tokayev',
    ],
  ])('cuts the dateline of %j', (text, lead) => {
    expect(rest(text)).toBe(lead);
  });

  it.each([
    'Kyrgyzstan - the poorer of the two - said',
    'India struck nine sites in Pakistan.',
    'UN peacekeepers said',
    'BISHKEK -',
    'KYIV, Ukraine and Russia traded blame',
    '',
  ])('leaves %j whole', (text) => {
    expect(datelineLength(text)).toBe(0);
  });
});

const withoutDateline = (text: string) => splitDateline(text).body;

describe('splitDateline', () => {
  it('cuts a dateline that opens the text or a paragraph after a standfirst', () => {
    expect(withoutDateline('BISHKEK (Reuters) - Kyrgyzstan said')).toBe('Kyrgyzstan said');
    expect(
      withoutDateline(
        'Bamako accuses Algiers of a hostile act.\nBAMAKO, April 7 (Reuters) - Mali recalled its envoy.',
      ),
    ).toBe('Bamako accuses Algiers of a hostile act.\nMali recalled its envoy.');
  });

  it('leaves a capitalised word deep in the body alone', () => {
    const text = 'One.\nTwo.\nThree.\nBISHKEK (Reuters) - not a dateline this far in.';
    expect(withoutDateline(text)).toBe(text);
    expect(withoutDateline('Kyrgyzstan - the poorer of the two - said')).toBe(
      'Kyrgyzstan - the poorer of the two - said',
    );
  });

  it.each([
    ['BISHKEK (Reuters) - Kyrgyzstan said', ['BISHKEK'], null],
    ['ISLAMABAD/NEW DELHI, May 7 (Reuters) - India struck', ['ISLAMABAD', 'NEW DELHI'], null],
    ['PUTRAJAYA, Malaysia, July 28 (AP) - Thailand and Cambodia agreed', ['PUTRAJAYA'], 'Malaysia'],
    ['Kabul, Oct 12 (AFP) – Afghan forces said', ['Kabul'], null],
    ['ASTANA, December 22. /TASS/. Kazakh President', ['ASTANA'], null],
    ['Standfirst.\nN’DJAMENA, Chad — Chad’s army said', ['N’DJAMENA'], 'Chad'],
  ])('names the cities and region of the dateline of %j', (text, cities, region) => {
    expect(splitDateline(text)).toMatchObject({ cities, region });
  });

  it('names no city where there is no dateline', () => {
    expect(splitDateline('Kyrgyzstan - the poorer of the two - said')).toEqual({
      body: 'Kyrgyzstan - the poorer of the two - said',
      cities: [],
      region: null,
      agency: null,
    });
  });

  it.each([
    ['BISHKEK, April 30 (Reuters) - Kyrgyzstan and Tajikistan agreed', 'Reuters'],
    ['Kabul (Pajhwok’s desk) – Afghan forces said', 'Pajhwok’s desk'],
    ['ASTANA, December 22. /TASS/. Kazakh President', 'TASS'],
    ['KYIV -- Russian drones hit', null],
  ])('names the agency of the dateline of %j', (text, agency) => {
    expect(splitDateline(text).agency).toBe(agency);
  });
});
