/** Hand-written articles (our own wording) for the extraction tests, one dyad or trap each. */
import type { Article } from '../../../functions/core/model';

const article = (id: string, title: string, text: string, published = '2024-05-10'): Article => ({
  id,
  title,
  text,
  published,
});

export const FIXTURES = {
  armAzeDenial: article(
    'arm-aze-denial',
    'Baku rejects claims of shelling near Armenian village',
    'Armenia accused Azerbaijani troops on Thursday of shelling the Armenian village of Sotk with mortars, saying two soldiers were wounded. ' +
      'The Azerbaijani defence ministry denied opening fire and said its units had observed the ceasefire.',
  ),
  indPakThreat: article(
    'ind-pak-threat',
    'India warns Pakistan after raid in Kashmir',
    "India's defence minister warned on Friday that the army would strike back across the Line of Control if attacks continued. " +
      'Pakistan rejected the warning as irresponsible.',
  ),
  thaKhmCeasefire: article(
    'tha-khm-ceasefire',
    'Thailand and Cambodia agree truce',
    'Thailand and Cambodia agreed to a ceasefire on Saturday after three days of fighting along their border, ' +
      'and both governments said they would hold talks next week. The United Nations urged both sides to respect the truce.',
  ),
  afgPakClosure: article(
    'afg-pak-closure',
    'Pakistan shuts Torkham crossing',
    'Pakistan closed the border with Afghanistan at Torkham on Monday after Afghan and Pakistani border guards exchanged fire overnight. ' +
      'Three civilians were injured, local officials said.',
  ),
  ecuPerTrade: article(
    'ecu-per-trade',
    'Ecuador and Peru expand fruit trade',
    'Ecuador and Peru signed a memorandum on Tuesday to ease the export of bananas and mangoes across their shared border. ' +
      'Exporters in both countries welcomed the move, which follows record harvests.',
  ),
  indPakCricket: article(
    'ind-pak-cricket',
    'India beat Pakistan in World Cup clash',
    'India won the cricket match against Pakistan by six wickets on Sunday. The Pakistani captain fought back with a patient innings, ' +
      'but the Indian bowlers kept up the attack and the fans in the stadium celebrated a famous win in the tournament.',
  ),
  colInternal: article(
    'col-internal',
    'Rebels attack army base in Colombia',
    'Rebels of the National Liberation Army attacked a Colombian army base in Arauca on Wednesday, killing four soldiers. ' +
      'The army said its troops returned fire and pushed the attackers back.',
  ),
  eriEthHistory: article(
    'eri-eth-history',
    'Families remember the Badme war',
    'Eritrea and Ethiopia fought a border war between 1998 and 2000 that killed tens of thousands of soldiers. ' +
      'In 2018 the two countries signed a peace agreement, and today villagers in the area mostly talk about harvests.',
  ),
  kgzTjkDispute: article(
    'kgz-tjk-dispute',
    'Casualty figures differ after border clash',
    'Kyrgyz and Tajik border guards exchanged fire near the village of Ak-Sai yesterday. ' +
      'Tajik authorities said five people were killed and dozens were injured, while the Kyrgyz border service said three people were killed. ' +
      'Two of the dead were civilians, according to the Kyrgyz side.',
    '2024-03-08',
  ),
  chnPhlMaritime: article(
    'chn-phl-maritime',
    'Philippine boat hit by water cannon',
    'Chinese coast guard vessels fired water cannon at a Philippine supply boat near Second Thomas Shoal on Tuesday, ' +
      'the Philippine coast guard said, and Manila summoned the Chinese ambassador in protest.',
  ),
  prkKorWarning: article(
    'prk-kor-warning',
    'South Korea fires warning shots',
    'South Korean troops fired warning shots after North Korean soldiers crossed the military demarcation line on Tuesday, ' +
      "the Joint Chiefs of Staff in Seoul said. Pyongyang's state media did not comment.",
  ),
};
