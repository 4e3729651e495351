package dev.cxmon.simulator;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.HttpException;
import java.lang.System.Logger.Level;
import java.util.function.Supplier;

/** Maps every path the simulator serves to its handler. */
final class SimulatorRouter {

    /** {@code /incontactapi/services/v{N}.{M}/}, matched case-insensitively, any version. */
    private static final String API = "(?i)/incontactapi/services/v[0-9]+\\.[0-9]+/";
    private static final String AGENT_ID = "(?<agentId>[^/]+)";
    private static final int MAX_BODY_BYTES = 64 * 1024;
    private static final System.Logger LOG = System.getLogger(SimulatorRouter.class.getName());

    private SimulatorRouter() {
    }

    static Router create(Vertx vertx, RoutePipeline pipeline, SimulatorTenant tenant, TokenIssuer issuer, FaultSwitches faults,
            RequestCounters requests, Supplier<String> baseUrl, int pageSize, SkillQueues queues) {
        Router router = Router.router(vertx);
        router.route().failureHandler(SimulatorRouter::answerFailure);

        DiscoveryHandlers discovery = new DiscoveryHandlers(tenant, baseUrl);
        pipeline.counted(router.get("/.well-known/openid-configuration"), SimulatorOperations.OPENID_CONFIGURATION,
                discovery::openIdConfiguration);
        pipeline.counted(router.get("/.well-known/cxone-configuration"), SimulatorOperations.CXONE_CONFIGURATION,
                discovery::cxoneConfiguration);

        pipeline.token(router.post("/auth/token").handler(bodyHandler()), new TokenEndpoint(tenant, issuer)::handle);

        AgentStateHandlers states = new AgentStateHandlers(tenant, pageSize);
        AgentHandlers agents = new AgentHandlers(tenant, pageSize);
        pipeline.api(api(router, "agents/states"), SimulatorOperations.AGENT_STATES_BULK, Permission.AGENT_STATES, states::bulk);
        pipeline.api(api(router, "cache/agentstate"), SimulatorOperations.AGENT_STATE_CACHE, Permission.AGENT_STATES, states::cache);
        pipeline.api(api(router, "agents"), SimulatorOperations.AGENTS_SEARCH, Permission.AGENTS, agents::search);
        pipeline.api(api(router, "agents/" + AGENT_ID), SimulatorOperations.AGENT, Permission.AGENTS, agents::get);
        pipeline.api(api(router, "agents/" + AGENT_ID + "/states"), SimulatorOperations.AGENT_STATE,
                Permission.AGENT_STATES, states::perAgent);
        pipeline.api(api(router, "agents/" + AGENT_ID + "/skills"), SimulatorOperations.AGENT_SKILLS,
                Permission.SKILLS, agents::skills);

        pipeline.api(api(router, "skills/activity"), SimulatorOperations.SKILL_ACTIVITY, Permission.SKILL_ACTIVITY,
                new SkillActivityHandlers(tenant, queues, pageSize)::activity);

        UserHubHandlers users = new UserHubHandlers(tenant);
        pipeline.api(router.get("/user-management/v1/users"), SimulatorOperations.USERS_SEARCH, Permission.USERS, users::search);
        pipeline.api(router.get("/user-management/v1/users/:userId"), SimulatorOperations.USER, Permission.USERS, users::get);

        ControlHandlers control = new ControlHandlers(tenant, faults, requests);
        router.get("/simulator/tenant").handler(control::tenant);
        router.put("/simulator/agents/:agentId/state").handler(bodyHandler()).handler(control::setAgentState);
        router.get("/simulator/faults").handler(control::faults);
        router.post("/simulator/faults").handler(bodyHandler()).handler(control::setFault);
        router.delete("/simulator/faults").handler(control::clearFault);
        router.get("/simulator/requests").handler(control::requests);
        router.delete("/simulator/requests").handler(control::resetRequests);

        pipeline.counted(router.route(), SimulatorOperations.UNKNOWN, ctx -> {
            throw ApiError.notFound("no such resource: " + ctx.request().method() + " " + ctx.normalizedPath());
        });
        return router;
    }

    private static Route api(Router router, String resource) {
        return router.routeWithRegex(HttpMethod.GET, API + resource + "/?");
    }

    private static BodyHandler bodyHandler() {
        return BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES);
    }

    private static void answerFailure(RoutingContext ctx) {
        if (ctx.response().ended()) {
            return;
        }
        Throwable failure = ctx.failure();
        int status = failure instanceof HttpException http ? http.getStatusCode() : ctx.statusCode();
        if (failure instanceof ApiError error) {
            JsonResponses.error(ctx, error);
        } else if (status >= 400 && status < 500) {
            // Vert.x's own rejections: malformed query encoding (400), body too large (413), ...
            JsonResponses.error(ctx, new ApiError(status, "invalid_request", "the request was rejected (HTTP " + status + ")"));
        } else {
            LOG.log(Level.WARNING, "CXone simulator: unexpected failure on " + ctx.request().method() + " "
                    + ctx.normalizedPath(), failure);
            JsonResponses.error(ctx, new ApiError(500, "ServerError", "unexpected simulator error"));
        }
    }
}
