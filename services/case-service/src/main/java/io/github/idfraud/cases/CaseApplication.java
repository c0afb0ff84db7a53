package io.github.idfraud.cases;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** OpenAPI description of the analyst API and the consumer answer pages. */
@OpenAPIDefinition(info = @Info(title = "Identity-theft fraud case API", version = "v1",
        description = "Work the cases that risky events open; export labels. Errors are application/problem+json."))
@SecurityScheme(securitySchemeName = "analystJwt", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "RS256 token with claims tenant and groups (analyst | supervisor)")
public class CaseApplication extends Application {
}
