/** The ethereum model as an EngineModule. (Stub: filled in by the ethereum model.) */
import type { EngineModule } from '../../module';

export const ethereumModule: EngineModule = { name: 'ethereum' };
