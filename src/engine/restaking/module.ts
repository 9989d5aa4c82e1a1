/** The restaking model as an EngineModule. (Stub: filled in by the restaking model.) */
import type { EngineModule } from '../module';

export const restakingModule: EngineModule = { name: 'restaking' };
