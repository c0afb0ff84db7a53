package io.github.idfraud.scoring;

import io.github.idfraud.contract.EnvironmentVariables;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** OpenAPI description of the public v1 scoring API. */
@OpenAPIDefinition(info = @Info(title = "Identity-theft fraud scoring API", version = "v1",
        description = "Score account events and transactions; report labels. Errors are application/problem+json."))
@SecurityScheme(securitySchemeName = "tenantKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The tenant's API key")
@SecurityScheme(securitySchemeName = "adminKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The operators' admin key (" + EnvironmentVariables.FRAUD_ADMIN_KEY + ")")
public class ScoringApplication extends Application {
}
