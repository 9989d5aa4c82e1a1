/** The cosmos model as an EngineModule. (Stub: filled in by the cosmos model.) */
import type { EngineModule } from '../../module';

export const cosmosModule: EngineModule = { name: 'cosmos' };
