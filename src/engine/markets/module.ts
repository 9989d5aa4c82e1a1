/** The markets model as an EngineModule. (Stub: filled in by the markets model.) */
import type { EngineModule } from '../module';

export const marketsModule: EngineModule = { name: 'markets' };
