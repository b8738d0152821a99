package dev.podwright.fabric8;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.KubernetesObject;
import dev.podwright.model.Pod;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * The bridge's results go straight into fabric8's client. The methods below compile only if
 * {@code toFabric8} returns a type the client accepts; no cluster is contacted.
 */
class Fabric8ClientTypesTest {
  static io.fabric8.kubernetes.api.model.Pod applyPod(KubernetesClient client, Pod pod) {
    return client.resource(Fabric8.toFabric8(pod)).serverSideApply();
  }

  static io.fabric8.kubernetes.api.model.apps.Deployment applyDeployment(
      KubernetesClient client, dev.podwright.model.Deployment deployment) {
    return client.resource(Fabric8.toFabric8(deployment)).serverSideApply();
  }

  static HasMetadata applyAny(KubernetesClient client, KubernetesObject object) {
    return client.resource(Fabric8.toFabric8(object)).serverSideApply();
  }

  @Test
  void serverSideApplyReturnsFabric8Types() throws NoSuchMethodException {
    Method pod = getClass().getDeclaredMethod("applyPod", KubernetesClient.class, Pod.class);
    Method any = getClass().getDeclaredMethod("applyAny", KubernetesClient.class,
        KubernetesObject.class);

    assertThat(pod.getReturnType()).isEqualTo(io.fabric8.kubernetes.api.model.Pod.class);
    assertThat(HasMetadata.class.isAssignableFrom(pod.getReturnType())).isTrue();
    assertThat(any.getReturnType()).isEqualTo(HasMetadata.class);
  }
}
