/**
 * Component tests mount widgets alone, without the route or panel that adds their part of the English catalogue
 * in the app: every part is added here. Which route loads which part is checked by test/unit/messages/routeKeys.
 */
import '../../src/ui/messages/sandbox';
import '../../src/ui/messages/analysis';
import '../../src/ui/messages/onDemand';
import '../../src/ui/messages/glossaryDefinitions';
import '../../src/ui/messages/lesson';
import '../../src/ui/messages/pages';
import '../../src/ui/messages/lessonPage';

// the engine's English templates: every step's text, refusal and fault title reads in English
import '../../src/engine/messages/loadEnglish';
