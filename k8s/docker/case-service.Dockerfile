# syntax=docker/dockerfile:1
# Case service image (JVM mode). Build context: the repository root, after packaging the service:
#   ./mvnw -B -pl services/case-service -am package -DskipTests
#   docker build -f k8s/docker/case-service.Dockerfile -t idfraud/case-service:0.1.0 .
# (case-service.Dockerfile.dockerignore, beside this file, keeps everything else out of the context.)
#
# Same glibc base as the scoring service (one base image to patch); the case service needs no libgomp.
# The release pipeline should pin the digest too: FROM eclipse-temurin:17.0.15_6-jre-jammy@sha256:<digest>.
FROM eclipse-temurin:17.0.15_6-jre-jammy

RUN groupadd --system --gid 10001 fraud \
 && useradd --system --uid 10001 --gid fraud --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin fraud

WORKDIR /deployments
COPY services/case-service/target/quarkus-app/lib/ /deployments/lib/
COPY services/case-service/target/quarkus-app/*.jar /deployments/
COPY services/case-service/target/quarkus-app/app/ /deployments/app/
COPY services/case-service/target/quarkus-app/quarkus/ /deployments/quarkus/

USER 10001:10001
EXPOSE 8080
ENV LANG=C.UTF-8 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=50 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp"
ENTRYPOINT ["java", "-jar", "/deployments/quarkus-run.jar"]
