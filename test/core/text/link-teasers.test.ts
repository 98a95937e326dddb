import { isLinkTeaser } from '../../../functions/core/text/link-teasers';

describe('isLinkTeaser', () => {
  it.each([
    'READ MORE: Tajikistan, Kyrgyzstan agree ceasefire after deadly clashes at border',
    'READ MORE:Kyrgyz-Tajik border clash leaves people wounded',
    'Read moreIntense fighting rages in eastern DR Congo',
    'Also read: Indo-Pak war: What is Territorial Army?',
    'ALSO READ | Clashes continue in border areas into 4th day',
    'Related: Thai jets strike Cambodian positions',
    'Related stories - Border crossings shut',
    'See also » Armenia reports shelling',
    'Read more',
    'Explained: What Is The LAC That Led To Deadly Galwan Clashes?',
  ])('reads "%s" as a link to another story', (line) => {
    expect(isLinkTeaser(line)).toBe(true);
  });

  it.each([
    'Related to the dispute, Kyrgyz border guards fired on Tajik troops on Friday.',
    'Read more about the talks in our explainer below, officials said.',
    'Readers can see more photos of the border on the ministry website.',
    'Kyrgyzstan said it would read more closely the proposals from Dushanbe.',
    'Explained by officials as a routine drill, the deployment worried villagers.',
  ])('reads "%s" as part of the report', (line) => {
    expect(isLinkTeaser(line)).toBe(false);
  });
});
