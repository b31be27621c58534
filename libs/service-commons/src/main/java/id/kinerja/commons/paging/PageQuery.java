package id.kinerja.commons.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Paging query parameters ({@code page} from 1, {@code pageSize} up to 1000), used as a {@code @BeanParam}. */
public class PageQuery {

    @QueryParam("page")
    @DefaultValue("1")
    @Min(1)
    @Parameter(description = "Page number, from 1")
    public int page = 1;

    @QueryParam("pageSize")
    @DefaultValue("50")
    @Min(1)
    @Max(1000)
    @Parameter(description = "Items per page (1-1000)")
    public int pageSize = 50;

    public int offset() {
        return (page - 1) * pageSize;
    }
}
