/** Table stream: each event that becomes a confirmed change is published to EventBridge. */
import { EventBridgePublisher, makeChangesHandler } from '@pw/aws';

const publisher = new EventBridgePublisher();

export const handler = makeChangesHandler(() => publisher);
