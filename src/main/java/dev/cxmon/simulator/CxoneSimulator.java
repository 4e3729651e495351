package dev.cxmon.simulator;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PfxOptions;
import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An embedded NICE CXone: discovery, token endpoint, agent and agent-state APIs and the User Hub user
 * directory, with the same shapes and awkward behaviours as the real service. Start it with any Vert.x
 * instance; closing it does not close that Vert.x.
 */
public final class CxoneSimulator implements AutoCloseable {

    private static final long STARTUP_TIMEOUT_SECONDS = 30;
    private static final System.Logger LOG = System.getLogger(CxoneSimulator.class.getName());

    private final SimulatorOptions options;
    private final SimulatorTenant tenant;
    private final FaultSwitches faults = new FaultSwitches();
    private final RequestCounters requests = new RequestCounters();
    private final SkillQueues queues;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile HttpServer server;
    private volatile String baseUrl;

    private CxoneSimulator(SimulatorOptions options, SimulatorTenant tenant) {
        this.options = options;
        this.tenant = tenant;
        this.queues = new SkillQueues(options.clock(), QueueScript.demoQueue());
    }

    /**
     * Loads the tenant and blocks until the server listens.
     *
     * @throws IllegalArgumentException when the tenant file is invalid
     * @throws IllegalStateException    when the server cannot listen, or when called on an event-loop thread
     */
    public static CxoneSimulator start(Vertx vertx, SimulatorOptions options) {
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("CxoneSimulator.start blocks; call it from a worker or main thread");
        }
        Clock clock = options.clock();
        SimulatorTenant tenant = options.tenantFile()
                .map(file -> TenantLoader.fromFile(file, clock))
                .orElseGet(() -> TenantLoader.demoTenant(clock));
        CxoneSimulator simulator = new CxoneSimulator(options, tenant);
        simulator.listen(vertx);
        return simulator;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public int port() {
        return server.actualPort();
    }

    public SimulatorTenant tenant() {
        return tenant;
    }

    public FaultSwitches faults() {
        return faults;
    }

    public RequestCounters requests() {
        return requests;
    }

    /**
     * Changes an agent's state and bumps its lastUpdateTime to the clock's now (see
     * {@link SimulatorTenant#setAgentState}).
     *
     * @throws IllegalArgumentException for an unknown agent or a state id outside 0..8
     */
    public void setAgentState(long agentId, int agentStateId, String outStateDescription) {
        tenant.setAgentState(agentId, agentStateId, outStateDescription);
    }

    /**
     * One step of the skills' queues (src/main/resources/simulator/demo-queue.yaml): the step's contacts arrive, and each
     * skill's Available agents answer the oldest. The scripted day calls it after moving the agents, so both share a step.
     */
    public void stepSkillQueues() {
        Map<Long, List<SimulatedUser>> holders = SkillActivityHandlers.holders(tenant);
        queues.step(skillId -> (int) holders.getOrDefault(skillId, List.of()).stream().filter(user -> tenant.agentState(user.agent().agentId())
                .filter(state -> state.stateId() == AgentStateId.AVAILABLE).isPresent()).count());
    }

    /** Steps the skills' queues took (see {@link #stepSkillQueues}). */
    public int skillQueueSteps() {
        return queues.steps();
    }

    /** Stops listening and blocks until closed; idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true) && server != null) {
            await(server.close(), "close");
            LOG.log(Level.INFO, "CXone simulator at {0} stopped", baseUrl);
        }
    }

    private void listen(Vertx vertx) {
        SecureRandom random = new SecureRandom();
        Clock clock = options.clock();
        TokenIssuer issuer = new TokenIssuer(tenant, clock, this::baseUrl, random);
        RoutePipeline pipeline = new RoutePipeline(vertx, options.latency(), requests,
                new FaultResponder(vertx, faults), new BearerAuthenticator(issuer, tenant, clock));

        HttpServerOptions serverOptions = new HttpServerOptions();
        options.tls().ifPresent(tls -> serverOptions.setSsl(true).setKeyCertOptions(
                new PfxOptions().setPath(tls.pkcs12KeyStore().toString()).setPassword(tls.password())));
        server = await(vertx.createHttpServer(serverOptions)
                .requestHandler(SimulatorRouter.create(vertx, pipeline, tenant, issuer, faults, requests, this::baseUrl,
                        options.pageSize(), queues))
                .listen(options.port(), options.host()), "listen on " + options.host() + ":" + options.port());
        String scheme = options.tls().isPresent() ? "https" : "http";
        baseUrl = scheme + "://" + urlHost(options.host()) + ":" + server.actualPort();
        LOG.log(Level.INFO, "CXone simulator listening at {0} (tenant {1}, {2} users)",
                baseUrl, tenant.info().tenantId(), tenant.users().size());
    }

    private static String urlHost(String host) {
        if (host.equals("0.0.0.0") || host.equals("::") || host.isBlank()) {
            return "127.0.0.1";
        }
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static <T> T await(Future<T> future, String what) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(STARTUP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("CXone simulator: interrupted during " + what, e);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new IllegalStateException("CXone simulator could not " + what + ": " + cause.getMessage(), cause);
        }
    }
}
