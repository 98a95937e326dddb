/**
 * A charge told before and then denied by name ("rejected that claim", "denied any involvement") is
 * the charged deed, negated, by the denier (functions/core/extraction/denied-charges.ts).
 */
import { extractArticle } from '../../../functions/core/extraction';

const keysOf = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Border report', text, published: '2024-05-03' })
    .events.map(
      (e) =>
        `${e.actor?.country ?? '-'}>${e.target?.country ?? '-'}:${e.cameo.slice(0, 2)}${e.negated ? ' negated' : ''}${e.alleged ? ' alleged' : ''}`,
    )
    .sort();

describe('charges denied by name', () => {
  it('reads a charge rejected by the one charged as the charged deed, negated, and no rejection', () => {
    expect(
      keysOf(
        'Kenya accused Somalia of shelling a Kenyan post near Mandera on Tuesday. Somalia rejected the charge.',
      ),
    ).toEqual(['KEN>SOM:11', 'SOM>KEN:19 alleged', 'SOM>KEN:19 negated']);
  });

  it('reads "denied any involvement" after an accusation several sentences back', () => {
    const keys = keysOf(
      'Chad accused Sudan on Monday of shelling a market in Tine. "Three of our citizens are dead," a Chadian minister said. "This cannot go on." The market was crowded. Sudanese army spokesman Nabil Abdallah denied any involvement.',
    );
    expect(keys).toContain('SDN>TCD:19 alleged');
    expect(keys).toContain('SDN>TCD:19 negated');
  });

  it('reads an account told by the other side, then rejected, as that deed negated', () => {
    const keys = keysOf(
      '"Armenian snipers fired on our positions near Tegh at dawn," an Azerbaijani defence ministry spokesman said. Armenia rejected that account.',
    );
    expect(keys).toContain('ARM>AZE:19 negated');
  });

  it('counts a denial once when the next sentence tells it in full', () => {
    const keys = keysOf(
      'Rwanda accused Burundi of shelling Rwandan villages on Sunday. Burundi denied the charge. "No Burundian shell has landed in Rwanda," its army said.',
    );
    expect(keys.filter((k) => k === 'BDI>RWA:19 negated')).toHaveLength(1);
  });

  it('reads a charge told right after its noun as no pointer back', () => {
    expect(
      keysOf(
        'Kenya accused Somalia of shelling a Kenyan post. Somalia rejected the claim that talks had collapsed.',
      ),
    ).not.toContain('SOM>KEN:19 negated');
  });

  it('reads no denial where the denier was charged with nothing', () => {
    expect(
      keysOf('Kenya accused Somalia of shelling a Kenyan post near Mandera. Ethiopia rejected the charge.'),
    ).not.toContainEqual(expect.stringMatching(/negated/));
  });
});
