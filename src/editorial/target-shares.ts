import { parseWithSchema } from '../core/internal.js';
import { EditorialLineSchema, pillarShares, type EditorialLineInput } from './editorial-line.js';

/**
 * The target share of each content pillar of an editorial line: each
 * pillar's own `targetShare`, or, when the line names a `mixPreset`, the
 * preset's shares spread equally over the pillars of each role
 * (`expandMixPreset`). The shares sum to 1.
 *
 * @param editorialLine - the editorial line (parsed here)
 * @returns the target share per pillar id
 * @throws {ValidationError} when the editorial line is invalid
 * @example
 * const pillars = [{ id: 'savoirFaire', name: 'Savoir-faire', targetShare: 0.6 }, { id: 'coulisses', name: 'Coulisses', targetShare: 0.4 }];
 * targetShares({ name: 'Boulangerie', languages: ['fr'], pillars }); // { savoirFaire: 0.6, coulisses: 0.4 }
 */
export function targetShares(editorialLine: EditorialLineInput): Record<string, number> {
  return pillarShares(parseWithSchema(EditorialLineSchema, editorialLine, { name: 'editorial line', path: 'editorialLine' }));
}
