// Helpers of the credentials and skills suites: skill levels and a course model's history.

/** A deterministic history of (learner, course) features → how well the course suited the
 * learner. The features are the pallet's (`course_features`): the learner's mastery of what the
 * course teaches, of its prerequisites, the level gap and the share of new skills. Courses that
 * build on mastered prerequisites with a moderate gap (0.1–0.5) suit best. */
export function courseHistory() {
  const names = ['taught_mastery', 'prerequisite_mastery', 'level_gap', 'new_skills'];
  const rows = [[...names, 'fit'].join(',')];
  let seed = 7;
  const next = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  for (let r = 0; r < 300; r++) {
    const [taught, prereq, gap, fresh] = [next(), next(), next() * 0.8, next()];
    const fit = (gap >= 0.1 && gap <= 0.5 ? 1 : -0.5) + prereq - taught * 0.5 + fresh * 0.2;
    rows.push([taught, prereq, gap, fresh].map((v) => v.toFixed(2)).concat(fit.toFixed(2)).join(','));
  }
  return rows.join('\n') + '\n';
}

/** Levels of skills 0, 1, 2, … as `[{ skill, level }]`, zero levels left out. */
export const skills = (levels) => levels.map((level, skill) => ({ skill, level })).filter((s) => s.level > 0);
