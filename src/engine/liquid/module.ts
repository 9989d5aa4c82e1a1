/** The liquid model as an EngineModule. (Stub: filled in by the liquid model.) */
import type { EngineModule } from '../module';

export const liquidModule: EngineModule = { name: 'liquid' };
