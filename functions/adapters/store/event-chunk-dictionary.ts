/**
 * Preset dictionaries for the DEFLATE streams of event chunks. A chunk is a few hundred bytes of
 * JSON, too short for DEFLATE to find its own repeats, and every rescore reads its dyad's chunks
 * of about 140 days again: a dictionary of what chunks keep repeating (field codes, CAMEO codes,
 * taxonomy names, roles, ISO3 codes, weapon names) makes them about 30% smaller.
 *
 * An item names the dictionary it was compressed with (attribute `dict`), and inflating needs the
 * same bytes, so a dictionary never changes once released: a better one is added under the next
 * number, and the old ones stay to read old items (a test pins their hashes).
 *
 * Version 1 (2026-12-07) was written from the lexicon's codes, taxonomy names and weapon names
 * of that day and the chunk layout; it is learnt from no corpus. Most frequent strings come last,
 * where DEFLATE reaches them with the shortest distances.
 */

const VERSION_1 = [
  // Weapon names (data/weapons.ts).
  '"small arms","rifles","machine guns","automatic weapons","sniper fire","mortars","artillery",',
  '"rocket launchers","tanks","armoured personnel carriers","heavy weaponry","fighter jets",',
  '"helicopters","drones","missiles","warships","explosives"]',
  // Weapon categories.
  '"g":["aircraft","armour","artillery","drone","explosive","heavy-weapons","missile","naval","small-arms"]',
  // CAMEO codes of the event patterns.
  ...[
    '152 190 111 195 193 194 196 192 17 200 181 183 186 182 180 175 173 171 174 161 112 1621 163',
    '164 165 154 150 140 138 120 023 100 0871 057 087 030 0874 084 081 061 062 064 018 055 046 040',
    '036 0356 0256 045 0257',
  ]
    .join(' ')
    .split(' ')
    .map((code) => `"c":"${code}",`),
  // Taxonomy names with their polarity.
  ...[
    'missile-test escalation,armed-clash escalation,condemnation escalation,aerial-attack escalation',
    'small-arms-fire escalation,shelling escalation,ceasefire-violation escalation,incursion escalation',
    'warning-shots escalation,mass-violence escalation,abduction escalation,bombing escalation',
    'assassination escalation,killing escalation,mine-laying escalation,physical-assault escalation',
    'arson escalation,demolition escalation,water-cannon escalation,arrest escalation',
    'seizure escalation,expulsion escalation,envoy-recall escalation,accusation escalation',
    'border-closure escalation,ties-cut escalation,sanctions escalation,talks-halted escalation',
    'pact-suspended escalation,propaganda escalation,obstruction escalation,force-posture escalation',
    'airspace-violation escalation,protest escalation,threat escalation,rejection escalation',
    'denial neutral,envoy-summoned escalation,aid-appeal neutral,demand escalation',
    'ceasefire de-escalation,agreement de-escalation,stand-down de-escalation',
    'intent-to-cooperate de-escalation,scope neutral,troop-withdrawal de-escalation',
    'release de-escalation,border-reopening de-escalation,restrictions-eased de-escalation',
    'cooperation de-escalation,sympathy de-escalation,apology de-escalation',
    'peace-agreement de-escalation,talks de-escalation,consultation neutral',
    'intent-to-de-escalate de-escalation,intent de-escalation,ceasefire-call de-escalation',
    'brokering de-escalation,mediation de-escalation,mediation-offer de-escalation,block neutral',
  ]
    .join(',')
    .split(',')
    .map((entry) => {
      const [type, polarity] = entry.split(' ');
      return `"y":"${type}","p":"${polarity}"`;
    }),
  // Actors: ISO3 codes of states on contested borders, then roles.
  ...[
    'AFG PAK IND CHN NPL BGD MMR THA KHM LAO VNM PRK KOR RUS UKR BLR POL GEO ARM AZE TUR IRN IRQ SYR',
    'LBN ISR PSE JOR EGY SDN SSD ETH ERI DJI SOM KEN UGA COD RWA BDI VEN COL KGZ TJK UZB KAZ',
  ]
    .join(' ')
    .split(' ')
    .map((iso3) => `["${iso3}","`),
  'MIL"],GOV"],COP"],REB"],CVL"],IGO"],NGO"],MED"],BUS"],OPP"],SPY"],UNK"],',
  // The chunk layout (item-codecs.ts), commonest last.
  '"x":true,"n":true,"l":true,"h":true,"o":true,"s":["',
  '"k":',
  '"j":',
  '"w":["',
  '"i":0}],[0,{"c":"1',
  '"d":"2022-',
  '.000Z","',
  '"t":["',
  ',"a":["',
  '{"a":[["',
].join('');

/** Dictionaries by the number an item names in its `dict` attribute. */
export const EVENT_CHUNK_DICTIONARIES: ReadonlyMap<number, Buffer> = new Map([[1, Buffer.from(VERSION_1)]]);

/** The dictionary new chunks are compressed with. */
export const CURRENT_EVENT_CHUNK_DICTIONARY = 1;
