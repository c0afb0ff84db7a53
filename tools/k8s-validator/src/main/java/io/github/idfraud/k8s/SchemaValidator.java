package io.github.idfraud.k8s;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.annotations.SerializedName;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.JSON;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates each object against the Kubernetes OpenAPI schema, through the models that the Kubernetes project
 * generates from it (client-java). Their deserialisers reject a field the schema does not define (a misspelt
 * {@code replicaz} or {@code imagePullPolicyy}), a missing required field and a malformed quantity or number.
 * Gson would still coerce {@code "2"} into an integer or {@code 8080} into a string where the API server refuses
 * both, so a second pass compares every JSON value with the declared Java type of its field.
 */
public final class SchemaValidator {

    private static final String MODEL_PACKAGE = "io.kubernetes.client.openapi.models.";
    private final Map<Class<?>, Map<String, Field>> fieldsByClass = new HashMap<>();

    public SchemaValidator() {
        new JSON(); // initialises the client's Gson with the strict per-model type adapters
    }

    /** The typed object, or the reasons the API server would refuse it. */
    public Result validate(Manifest manifest) {
        if (manifest.apiVersion() == null || manifest.kind() == null) {
            return Result.invalid("apiVersion and kind are required");
        }
        if (manifest.name() == null || manifest.name().isBlank()) {
            return Result.invalid("metadata.name is required");
        }
        Class<?> type = typeOf(manifest.apiVersion(), manifest.kind());
        if (type == null) {
            return Result.invalid("apiVersion " + manifest.apiVersion() + " kind " + manifest.kind() + " is not a known"
                    + " core resource (misspelt, removed from Kubernetes, or a custom resource: see SchemaValidator.KNOWN)");
        }
        List<String> errors = new ArrayList<>();
        Object typed = null;
        try {
            typed = JSON.getGson().fromJson(manifest.raw(), type);
        } catch (RuntimeException e) {
            errors.add(cleanMessage(e));
        }
        // also run when the client refused the object: it names the path of every unknown or mistyped field
        checkTypes(manifest.raw(), type, "", errors);
        return errors.isEmpty() ? new Result(typed, List.of()) : new Result(null, List.copyOf(errors));
    }

    /**
     * The core resources this repository may use, by apiVersion. A kind outside this list (a custom resource,
     * a removed version such as autoscaling/v2beta2, or a kind under the wrong group) has no schema here.
     * client-java names each model after its version and kind (apps/v1 Deployment is V1Deployment) but does
     * not record the group, so the group is checked against this table.
     */
    static final Map<String, Set<String>> KNOWN = Map.ofEntries(
            Map.entry("v1", Set.of("ConfigMap", "Secret", "Service", "ServiceAccount", "Namespace",
                    "PersistentVolumeClaim", "LimitRange", "ResourceQuota")),
            Map.entry("apps/v1", Set.of("Deployment", "StatefulSet", "DaemonSet")),
            Map.entry("batch/v1", Set.of("Job", "CronJob")),
            Map.entry("autoscaling/v2", Set.of("HorizontalPodAutoscaler")),
            Map.entry("policy/v1", Set.of("PodDisruptionBudget")),
            Map.entry("networking.k8s.io/v1", Set.of("NetworkPolicy", "Ingress")),
            Map.entry("rbac.authorization.k8s.io/v1", Set.of("Role", "RoleBinding")),
            Map.entry("scheduling.k8s.io/v1", Set.of("PriorityClass")));

    /**
     * Closed value sets the API server enforces but client-java keeps as plain strings (its models have no enums):
     * {@code imagePullPolicy: Sometimes} or {@code pathType: Prefixx} would pass the models alone.
     */
    static final Map<String, Set<String>> ENUMS = Map.ofEntries(
            Map.entry("V1Container.imagePullPolicy", Set.of("Always", "IfNotPresent", "Never")),
            Map.entry("V1ContainerPort.protocol", Set.of("TCP", "UDP", "SCTP")),
            Map.entry("V1ServicePort.protocol", Set.of("TCP", "UDP", "SCTP")),
            Map.entry("V1NetworkPolicyPort.protocol", Set.of("TCP", "UDP", "SCTP")),
            Map.entry("V1ServiceSpec.type", Set.of("ClusterIP", "NodePort", "LoadBalancer", "ExternalName")),
            Map.entry("V1HTTPIngressPath.pathType", Set.of("Exact", "Prefix", "ImplementationSpecific")),
            Map.entry("V1PodSpec.restartPolicy", Set.of("Always", "OnFailure", "Never")),
            Map.entry("V1SeccompProfile.type", Set.of("RuntimeDefault", "Localhost", "Unconfined")),
            Map.entry("V1DeploymentStrategy.type", Set.of("RollingUpdate", "Recreate")),
            Map.entry("V1NetworkPolicySpec.policyTypes", Set.of("Ingress", "Egress")),
            Map.entry("V1LabelSelectorRequirement.operator", Set.of("In", "NotIn", "Exists", "DoesNotExist")),
            Map.entry("V1TopologySpreadConstraint.whenUnsatisfiable", Set.of("DoNotSchedule", "ScheduleAnyway")),
            Map.entry("V2MetricSpec.type", Set.of("Resource", "Pods", "Object", "External", "ContainerResource")),
            Map.entry("V2MetricTarget.type", Set.of("Utilization", "Value", "AverageValue")),
            Map.entry("V2HPAScalingPolicy.type", Set.of("Pods", "Percent")),
            Map.entry("V2HPAScalingRules.selectPolicy", Set.of("Max", "Min", "Disabled")),
            Map.entry("V1PersistentVolumeClaimSpec.accessModes", Set.of("ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod")));

    /** The generated model for a known apiVersion and kind, or null. */
    static Class<?> typeOf(String apiVersion, String kind) {
        if (!KNOWN.getOrDefault(apiVersion, Set.of()).contains(kind)) {
            return null;
        }
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        String simpleName = Character.toUpperCase(version.charAt(0)) + version.substring(1) + kind;
        try {
            return Class.forName(MODEL_PACKAGE + simpleName);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("client-java has no model " + simpleName, e);
        }
    }

    private void checkTypes(JsonElement value, Type declared, String path, List<String> errors) {
        if (value == null || value.isJsonNull()) {
            return;
        }
        Class<?> raw = rawClass(declared);
        if (raw == String.class || raw == OffsetDateTime.class || raw == byte[].class) {
            expect(value.isJsonPrimitive() && value.getAsJsonPrimitive().isString(), value, path, "a string", errors);
        } else if (raw == Boolean.class || raw == boolean.class) {
            expect(value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean(), value, path, "a boolean", errors);
        } else if (Number.class.isAssignableFrom(raw) || (raw.isPrimitive() && raw != boolean.class)) {
            expect(value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber(), value, path, "a number", errors);
        } else if (raw == IntOrString.class || raw == Quantity.class) {
            expect(value.isJsonPrimitive() && !value.getAsJsonPrimitive().isBoolean(), value, path,
                    "a number or a string", errors);
        } else if (List.class.isAssignableFrom(raw)) {
            if (expect(value.isJsonArray(), value, path, "a list", errors)) {
                Type element = typeArgument(declared, 0);
                int i = 0;
                for (JsonElement item : value.getAsJsonArray()) {
                    checkTypes(item, element, path + "[" + i++ + "]", errors);
                }
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (expect(value.isJsonObject(), value, path, "a map", errors)) {
                Type element = typeArgument(declared, 1);
                for (Map.Entry<String, JsonElement> entry : value.getAsJsonObject().entrySet()) {
                    checkTypes(entry.getValue(), element, path + "[" + entry.getKey() + "]", errors);
                }
            }
        } else if (raw.getName().startsWith(MODEL_PACKAGE)) {
            if (expect(value.isJsonObject(), value, path, "an object", errors)) {
                Map<String, Field> fields = fieldsOf(raw);
                for (Map.Entry<String, JsonElement> entry : value.getAsJsonObject().entrySet()) {
                    Field field = fields.get(entry.getKey());
                    String child = path.isEmpty() ? entry.getKey() : path + "." + entry.getKey();
                    if (field == null) {
                        errors.add(child + ": field not defined in " + raw.getSimpleName());
                    } else {
                        checkTypes(entry.getValue(), field.getGenericType(), child, errors);
                        checkEnum(raw.getSimpleName() + "." + entry.getKey(), entry.getValue(), child, errors);
                    }
                }
            }
        }
        // anything else (Object, RawExtension-like free-form values) is free-form in the schema too
    }

    private static void checkEnum(String field, JsonElement value, String path, List<String> errors) {
        Set<String> allowed = ENUMS.get(field);
        if (allowed == null) {
            return;
        }
        List<JsonElement> values = new ArrayList<>();
        if (value.isJsonArray()) {
            value.getAsJsonArray().forEach(values::add);
        } else {
            values.add(value);
        }
        for (JsonElement v : values) {
            if (v.isJsonPrimitive() && !allowed.contains(v.getAsString())) {
                errors.add(path + ": '" + v.getAsString() + "' is not one of " + new java.util.TreeSet<>(allowed));
            }
        }
    }

    private static boolean expect(boolean ok, JsonElement value, String path, String what, List<String> errors) {
        if (!ok) {
            errors.add(path + ": expected " + what + " but found " + value);
        }
        return ok;
    }

    private Map<String, Field> fieldsOf(Class<?> type) {
        return fieldsByClass.computeIfAbsent(type, t -> {
            Map<String, Field> fields = new HashMap<>();
            for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    SerializedName name = field.getAnnotation(SerializedName.class);
                    if (name != null) {
                        fields.putIfAbsent(name.value(), field);
                    }
                }
            }
            return fields;
        });
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }

    /** The generated messages repeat the whole JSON of the object; the first line says what is wrong. */
    private static String cleanMessage(RuntimeException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() != null
                && cause.getMessage().startsWith(cause.getCause().getClass().getName())) {
            cause = cause.getCause();
        }
        String message = String.valueOf(cause.getMessage());
        int json = message.indexOf(" JSON: ");
        if (json > 0) {
            message = message.substring(0, json);
        }
        int string = message.indexOf(" in the JSON string: ");
        if (string > 0) {
            message = message.substring(0, string);
        }
        if (message.length() > 300) {
            message = message.substring(0, 300) + "...";
        }
        return message;
    }

    /** Either a typed object or the schema errors. */
    public record Result(Object typed, List<String> errors) {
        static Result invalid(String error) {
            return new Result(null, List.of(error));
        }

        public boolean valid() {
            return errors.isEmpty();
        }
    }
}
