# syntax=docker/dockerfile:1
# Scoring service image (JVM mode). Build context: the repository root, after packaging the service:
#   ./mvnw -B -pl services/scoring-service -am package -DskipTests
#   docker build -f k8s/docker/scoring-service.Dockerfile -t idfraud/scoring-service:0.1.0 .
# (scoring-service.Dockerfile.dockerignore, beside this file, keeps everything else out of the context.)
#
# Base: Eclipse Temurin 17 JRE on Ubuntu 22.04 "jammy": glibc, pinned by version. Not Alpine (musl): the native
# XGBoost library inside xgboost4j 1.6.2 (through Tribuo) is linked against glibc and needs libgomp (OpenMP).
# The release pipeline should pin the digest too: FROM eclipse-temurin:17.0.15_6-jre-jammy@sha256:<digest>.
FROM eclipse-temurin:17.0.15_6-jre-jammy

# libgomp1 for XGBoost; a numeric system user (10001, as runAsUser in the Deployment) that owns nothing here.
RUN apt-get update \
 && apt-get install -y --no-install-recommends libgomp1 \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 fraud \
 && useradd --system --uid 10001 --gid fraud --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin fraud

WORKDIR /deployments
# Quarkus fast-jar layout, dependencies first: a code change rebuilds only the small layers on top. Files stay
# owned by root, so the service cannot modify its own code (and the root filesystem is read-only in the pod).
COPY services/scoring-service/target/quarkus-app/lib/ /deployments/lib/
COPY services/scoring-service/target/quarkus-app/*.jar /deployments/
COPY services/scoring-service/target/quarkus-app/app/ /deployments/app/
COPY services/scoring-service/target/quarkus-app/quarkus/ /deployments/quarkus/

# The model is BAKED IN: the released default model (ml-models/models, a dependency in lib/) is on the
# classpath and is used while FRAUD_MODEL_PATH is unset. To MOUNT models instead (roll out without a new image),
# deploy k8s/overlays/prod-model-volume: FRAUD_MODEL_PATH=/models/champion/model.tribuo on a read-only volume.

USER 10001:10001
EXPOSE 8080
# Defaults for a plain `docker run`; the Deployment sets its own JAVA_TOOL_OPTIONS. XGBoost unpacks its native
# library into java.io.tmpdir: with a read-only root filesystem, /tmp must be a writable volume.
ENV LANG=C.UTF-8 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=50 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp"
ENTRYPOINT ["java", "-jar", "/deployments/quarkus-run.jar"]
