package dev.podwright.validation;

import dev.podwright.model.Extensible;
import dev.podwright.model.KubernetesObject;
import dev.podwright.model.PersistentVolumeClaim;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Warns about fields the Kubernetes API does not have (typos such as {@code imagePullPolicyy}),
 * at any depth, with their full path ({@code spec.containers[0].livenessProbe.httpGet.pathh}), as
 * kubectl's strict decoding names them. The model types every field of the API, so what it keeps
 * as unknown fields is either such a typo or another vendor's extension, or the {@code status}
 * of an object (the top-level one, or a StatefulSet's claim templates, which {@code kubectl get -o
 * yaml} prints with {@code status: {phase: Pending}}), which stays an untyped tree. The server's default field validation drops an
 * unknown field with a warning, and kubectl's strict validation rejects the whole manifest.
 *
 * <p>The walk finds a model type's children once, by reflection over its accessors (in field
 * declaration order), and keeps them per class.
 */
final class UnknownFields {
  private static final String STATUS = "status";
  private static final ClassValue<List<Child>> CHILDREN = new ClassValue<>() {
    @Override
    protected List<Child> computeValue(Class<?> type) {
      return children(type);
    }
  };

  private final Errors errors;
  // The path of the value being walked, one segment per level (a field name, a list index, or
  // a map key): made into a FieldPath only for a warning, so the walk allocates no path.
  private Object[] trail = new Object[16];
  private int depth;

  UnknownFields(Errors errors) {
    this.errors = errors;
  }

  /** Warns about every unknown field of the object; its {@code status} is not one. */
  void object(KubernetesObject object) {
    depth = 0;
    walk(object);
  }

  private void walk(Extensible value) {
    boolean hasStatus = value instanceof KubernetesObject
        || value instanceof PersistentVolumeClaim;
    if (!value.unknownFields().isEmpty()) {
      for (String key : value.unknownFields().keySet()) {
        if (!(hasStatus && key.equals(STATUS)) && !key.equals("apiVersion")
            && !key.equals("kind")) {
          errors.warn(path().child(key) + ": unknown field: the API server drops it with a "
              + "warning, and kubectl's strict field validation rejects the manifest");
        }
      }
    }
    // By index, not for-each: in this recursive walk the list's iterator escapes, one per object.
    List<Child> children = CHILDREN.get(value.getClass());
    for (int c = 0; c < children.size(); c++) {
      Child child = children.get(c);
      Object v = child.get(value);
      push(child.name);
      if (v instanceof Extensible) {
        walk((Extensible) v);
      } else if (v instanceof Optional) {
        Optional<?> o = (Optional<?>) v;
        if (o.isPresent()) {
          each(o.get());
        }
      } else if (v instanceof List) {
        List<?> list = (List<?>) v;
        for (int i = 0; i < list.size(); i++) {
          push(i);
          each(list.get(i));
          depth--;
        }
      } else if (v instanceof Map) {
        for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
          push(new MapKey(String.valueOf(e.getKey())));
          each(e.getValue());
          depth--;
        }
      }
      depth--;
    }
  }

  private void each(Object value) {
    if (value instanceof Extensible) {
      walk((Extensible) value);
    }
  }

  private void push(Object segment) {
    if (depth == trail.length) {
      trail = Arrays.copyOf(trail, depth * 2);
    }
    trail[depth++] = segment;
  }

  /** The path of the value being walked, for a warning. */
  private FieldPath path() {
    FieldPath path = FieldPath.root("");
    for (int i = 0; i < depth; i++) {
      Object segment = trail[i];
      path = segment instanceof Integer ? path.index((Integer) segment)
          : segment instanceof MapKey ? path.key(((MapKey) segment).key)
          : path.child((String) segment);
    }
    return path;
  }

  /** A map key in the trail, told apart from a field name. */
  private static final class MapKey {
    final String key;

    MapKey(String key) {
      this.key = key;
    }
  }

  /** A model accessor whose value is, or holds, model objects. */
  private static final class Child {
    final String name;
    final Function<Object, Object> getter;

    Child(String name, Function<Object, Object> getter) {
      this.name = name;
      this.getter = getter;
    }

    Object get(Extensible owner) {
      return getter.apply(owner);
    }
  }

  private static List<Child> children(Class<?> type) {
    List<Child> children = new ArrayList<>();
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    for (Field field : type.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) || field.getName().equals("unknownFields")) {
        continue;
      }
      Method accessor;
      try {
        accessor = type.getMethod(field.getName());
      } catch (NoSuchMethodException e) {
        continue;
      }
      if (!holdsModel(accessor.getGenericReturnType())) {
        continue;
      }
      children.add(new Child(field.getName(), getter(lookup, accessor)));
    }
    return List.copyOf(children);
  }

  /**
   * The accessor as a {@code Function} over a method handle of the erased shape
   * {@code (Object)Object}. Every accessor shares that shape, so the JVM makes its lambda forms
   * once, where a {@code LambdaMetafactory} class per accessor (about a hundred for a pod) cost a
   * fresh JVM tens of milliseconds before the first pod was out.
   */
  private static Function<Object, Object> getter(MethodHandles.Lookup lookup, Method accessor) {
    MethodHandle handle;
    try {
      handle = lookup.unreflect(accessor)
          .asType(MethodType.methodType(Object.class, Object.class));
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + accessor, e);
    }
    return owner -> {
      try {
        return handle.invokeExact(owner);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException("cannot read " + accessor, e);
      }
    };
  }

  /** Whether a value of that type is or may contain a model object. */
  private static boolean holdsModel(Type type) {
    if (type instanceof Class) {
      return mayBeModel((Class<?>) type);
    }
    if (type instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) type;
      Type[] args = p.getActualTypeArguments();
      Type element = args[args.length - 1];
      return element instanceof Class && mayBeModel((Class<?>) element);
    }
    return false;
  }

  private static boolean mayBeModel(Class<?> type) {
    return Extensible.class.isAssignableFrom(type)
        || type.isInterface() && type.getName().startsWith("dev.podwright.model.");
  }
}
