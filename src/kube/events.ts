// Kubernetes Events for significant transitions, so `kubectl describe` tells the story.
// Recording an event must never fail a reconcile: errors are logged and dropped.
import { CoreV1Api, type KubeConfig, type KubernetesObject } from '@kubernetes/client-node';
import type { Logger } from '../observability/logger.ts';
import { describeError } from './resources.ts';

export interface EventRecorder {
  normal(object: KubernetesObject, reason: string, message: string): void;
  warning(object: KubernetesObject, reason: string, message: string): void;
}

export function kubernetesEventRecorder(
  kubeConfig: KubeConfig,
  component: string,
  log: Logger,
): EventRecorder {
  const core = kubeConfig.makeApiClient(CoreV1Api);
  const emit = (type: 'Normal' | 'Warning', object: KubernetesObject, reason: string, message: string) => {
    const namespace = object.metadata?.namespace ?? 'default';
    const now = new Date();
    core
      .createNamespacedEvent({
        namespace,
        body: {
          metadata: { generateName: `${object.metadata?.name ?? 'object'}.`, namespace },
          involvedObject: {
            apiVersion: object.apiVersion,
            kind: object.kind,
            name: object.metadata?.name,
            namespace: object.metadata?.namespace,
            uid: object.metadata?.uid,
            resourceVersion: object.metadata?.resourceVersion,
          },
          type,
          reason,
          message: message.slice(0, 1024),
          source: { component },
          reportingComponent: component,
          reportingInstance: component,
          firstTimestamp: now,
          lastTimestamp: now,
          count: 1,
        },
      })
      .catch((error: unknown) =>
        log.warn({ reason, error: describeError(error) }, 'could not record a Kubernetes event'),
      );
  };
  return {
    normal: (object, reason, message) => emit('Normal', object, reason, message),
    warning: (object, reason, message) => emit('Warning', object, reason, message),
  };
}
