# Toolkit Atlas: build the jar with Maven (compiled for Java 17), run it on a Java 25 runtime, for its ahead-of-time
# cache, as an unprivileged user.
#   docker build -t toolkit-atlas .
#   docker run -p 8080:8080 toolkit-atlas                                   (embedded H2 database)
#   docker run -p 8080:8080 -e SPRING_PROFILES_ACTIVE=postgres \
#     -e SPRING_DATASOURCE_URL=jdbc:postgresql://db:5432/atlas \
#     -e SPRING_DATASOURCE_USERNAME=atlas -e SPRING_DATASOURCE_PASSWORD=... toolkit-atlas

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
RUN mvn -B -q dependency:go-offline
COPY src ./src
# With Spring's ahead-of-time processing (the aot profile of pom.xml): the bean definitions written out as Java
# code at build time, for the actuator on a port of its own, as below.
RUN mvn -B -q -DskipTests -Paot package && cp target/toolkit-atlas-*.jar /src/app.jar

# The jar extracted as Spring Boot's AOT cache set-up asks (a plain jar beside its lib/ directory), then one training
# run that writes the JVM's ahead-of-time cache (the successor of Class Data Sharing, Java 25: the classes loaded and
# linked, and the methods' profiles) to application.aot; starting from that cache is faster (bench/startup.sh).
FROM eclipse-temurin:25-jre AS extract
WORKDIR /extract
COPY --from=build /src/app.jar app.jar
RUN java -Djarmode=tools -jar app.jar extract --destination application

FROM eclipse-temurin:25-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin atlas
WORKDIR /app
COPY --from=extract /extract/application/ /app/
# Serial GC and two malloc arenas (glibc keeps one per thread that has allocated): 374 MiB resident after a soak
# instead of 410 with G1 and the default arenas, at the same throughput (bench/RESULTS.md, Memory). The heap is
# small, so collecting it on one thread takes milliseconds. Every 5 s the JVM hands back to the system the native
# memory it has freed (the JIT's scratch memory above all), which glibc would otherwise keep: 33 MiB less resident.
# The heap starts small and, after a full collection, keeps at most 30 % free (the JVM's default keeps up to 70 %,
# so a live set of 40 MiB held all 128): about 20 MiB less resident after load, at the same throughput.
# The young generation is a fifth of the heap, not a third (NewRatio=4): 12 MiB less resident after a soak
# (13 MiB of young generation instead of 25), for collections twice as often and about a tenth less throughput
# at full load (bench/RESULTS.md, Memory, seventeenth round).
ENV MALLOC_ARENA_MAX=2
# The actuator (health probes, metrics) on a port of its own, which the load balancer does not expose. The jar is
# processed ahead of time for this set-up, so a separate port is required; its number can be changed at run time.
ENV MANAGEMENT_SERVER_PORT=8081
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Xms16m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:NewRatio=4 -XX:+UseSerialGC -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError"
# The training run, with the same JVM, options, ahead-of-time start and jar paths as the application will have
# (bench/RESULTS.md, Start-up, fourth round): the JVM does not use a cache made by another JVM or for other jar
# paths. Rather than exit as soon as the context has started (Spring Boot's spring.context.exit=onRefresh), the
# application serves its main pages once and is then stopped, so the cache also holds the classes of the first
# requests (Tomcat's request path, the templates' engine, the views), which the first visitor would otherwise wait
# for (bench/RESULTS.md, Start-up, third round). As it exits, the JVM starts a second one that writes the cache, and waits for it.
# On Java 25, the image starts in less time than on 17 with CDS (bench/RESULTS.md, Start-up, eleventh round).
RUN java -Dspring.aot.enabled=true -XX:AOTCacheOutput=application.aot -jar app.jar --server.port=8089 & pid=$!; \
    for i in $(seq 1 120); do curl -fs -o /dev/null http://localhost:8089/ && break; sleep 1; done; \
    for page in / /roles /roles/ml-engineer /compare/ml-engineer-vs-backend-engineer \
        "/roles?tool=kubernetes&skill=ci-cd" /tools/kubernetes /skills/mlops /pick /hire /fit \
        /switch/backend-engineer-to-ml-engineer /sources /api /api/roles/ml-engineer; do \
        curl -fsS -o /dev/null "http://localhost:8089$page" || exit 1; \
    done; \
    curl -sS -o /dev/null http://localhost:8089/roles/no-such-role; \
    kill $pid && wait $pid; test -s application.aot
USER atlas
EXPOSE 8080 8081
# Liveness, on the management port.
HEALTHCHECK --interval=30s --timeout=3s --start-period=60s --retries=3 \
    CMD curl -fsS "http://localhost:${MANAGEMENT_SERVER_PORT}/actuator/health/liveness" || exit 1
ENTRYPOINT ["java", "-Dspring.aot.enabled=true", "-XX:AOTCache=application.aot", "-jar", "app.jar"]
