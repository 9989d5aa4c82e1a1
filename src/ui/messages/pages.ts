/**
 * The English strings of the pages that are not the sandbox (home, lessons, not found), in the chunks of those
 * routes: the sandbox route does not load them. Same rules as en.ts, whose MessageKey includes these keys; a
 * translation gives them in its `ui` with the rest.
 */
import { addEnglish } from './english';

export const pagesEn = {
  // Not found
  'notFound.title': 'Page not found',
  'notFound.body': 'There is nothing at "{path}". Start again from the home page.',

  // Home
  'home.title': 'Learn staking and restaking by moving the stake yourself',
  'home.lead':
    'Restaking Lab is an exact simulator of Ethereum staking, liquid staking and restaking. Drag stake onto validators, operators and services, trigger a fault, and watch the loss travel through every layer, with every step explained in words and every number computed as the real protocol computes it.',
  'home.openSandbox': 'Open the sandbox',
  'home.browseLessons': 'See the lessons',
  'home.audience.title': 'Who it is for',
  'home.audience.learners.title': 'Learners',
  'home.audience.learners.body':
    'Build a small network, predict what a slash will do, then watch the cascade and read each step.',
  'home.audience.educators.title': 'Educators',
  'home.audience.educators.body':
    'Present on a projector with a high-contrast theme, step through a cascade one sentence at a time, share the exact state with a link.',
  'home.audience.authors.title': 'Authors',
  'home.audience.authors.body':
    'Write a scenario as a JSON file, check it with the command-line simulator, and link readers straight to it.',
  'home.scenarios.title': 'Prepared scenarios',
  'home.scenarios.lead': 'Each opens in the sandbox, ready to play.',
  'home.scenarios.open': 'Open “{title}” in the sandbox',
  'home.scenarios.empty': 'No prepared scenarios are published yet. The sandbox starts with a small example network.',
  'home.scenarios.error': 'The list of prepared scenarios could not be read: {error}',
  'home.how.title': 'How it works',
  'home.how.1.title': 'Drag stake',
  'home.how.1.body': 'Pick up a stake chip from a holder and drop it on a validator, a pool, an operator or a service.',
  'home.how.2.title': 'Trigger a fault',
  'home.how.2.body':
    'Double-signing, downtime, a compromised operator key, a market shock: each node offers the faults that apply to it.',
  'home.how.3.title': 'Follow the loss',
  'home.how.3.body':
    'The cascade plays in order. Edges pulse, amounts count down, and a narrated log says where each gwei went.',
  'home.lessons.title': 'Guided lessons are on the way',
  'home.lessons.body':
    'Short, narrated lessons that ask you to predict before they reveal. Until then, the sandbox and the prepared scenarios cover the same ground.',
  'home.diagram':
    'A diagram of the four layers the sandbox draws, left to right: holders put stake into protocols, protocols delegate to operators, operators secure services. A slash at a service flows back to the holders.',
  'home.diagram.slash': 'slash',
  'home.footer': 'Runs entirely in your browser. Nothing is sent anywhere.',

  // Lessons placeholder
  'lessons.title': 'Lessons',
  'lessons.soon': 'Coming soon',
  'lessons.lead':
    'Guided lessons will walk through staking, liquid staking and restaking one idea at a time, with a prediction to make before each reveal. Here is the path they will follow; each step already works in the sandbox.',
  'lessons.1.title': 'Staking and slashing',
  'lessons.1.body': 'A validator deposits 32 ETH, earns rewards, is slashed for double-signing, and waits to withdraw.',
  'lessons.2.title': 'Liquid staking',
  'lessons.2.body': 'A pool issues a token for staked ETH. When one operator is slashed, every holder shares the loss.',
  'lessons.3.title': 'Restaking',
  'lessons.3.body':
    'Stakers delegate to operators, who allocate stake to services. A service can slash only what is allocated to it.',
  'lessons.4.title': 'Cascades',
  'lessons.4.body':
    'A fault travels from the chain to liquid tokens, to lending markets, and can make other services unsafe.',
  'lessons.tryInSandbox': 'Try it in the sandbox',
  // --- lessonui: the home page's and lesson list's lesson strings ---
  'lesson.resume': 'Continue “{title}”',
  'lesson.continueWhere': 'Continue where you left off',
  'lesson.continueWhereBody': '“{title}”, step {n} of {total}.',
  'lesson.listTitle': 'Lessons',
  'lesson.listLead':
    'A path from why stake must be at risk to cascading slashing. Each lesson is hands-on: predict, act on the network, and see the engine’s own numbers.',
  // --- end lessonui ---
  // --- classroom: presenter mode on the home page (issue 15, item 1) ---
  'home.present.body':
    'Presenter mode (the Present button, or ?present in the address): type 1.5x larger, the graph filling the screen, clicker keys (PageDown/PageUp, B to blank, F for full screen, ? for the rest), teacher notes, and a QR code that opens the same step on students’ devices.',
  'home.present.sandbox': 'Present the sandbox',
  'home.present.lesson': 'Present the first lesson',
  // --- end classroom ---
  // --- lessonfix: the learning path on the home page and the lesson list (src/ui/lesson/LessonPath.svelte) ---
  'path.title': 'The learning path',
  'path.lead': '{count} lessons, about {minutes} minutes in all: {finished} finished, about {left} minutes left.',
  'path.minutes': '{minutes} min',
  'path.steps': '{steps} steps',
  'path.level.intro': 'Introduction',
  'path.level.beginner': 'Beginner',
  'path.level.intermediate': 'Intermediate',
  'path.level.advanced': 'Advanced',
  'path.status.new': 'Not started',
  'path.status.started': 'In progress: step {n} of {total}',
  'path.status.finished': 'Finished',
  'path.prerequisites': 'Before this:',
  'path.prerequisite.done': 'done',
  'path.prerequisite.notDone': 'not done yet',
  'path.ready': 'Ready to start',
  'path.open': 'Open “{title}”',
  'path.broken': 'Unavailable: {reason}',
  'path.loading': 'Loading the lessons…',
  // --- end lessonfix ---
} as const satisfies Record<string, string>;

addEnglish(pagesEn);
