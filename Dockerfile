# CaseWork web app: build with the .NET 10 SDK, run on the ASP.NET Core 10 runtime as the non-root user "app".
# Build from the repository root:  docker build -t casework .   (docker-compose.yml does this for you)

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Restore first, from the project files and build settings only, so the package layer is cached between builds.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig BannedSymbols.txt ./
COPY src/CaseWork.Domain/CaseWork.Domain.csproj src/CaseWork.Domain/packages.lock.json src/CaseWork.Domain/
COPY src/CaseWork.Infrastructure/CaseWork.Infrastructure.csproj src/CaseWork.Infrastructure/packages.lock.json src/CaseWork.Infrastructure/
COPY src/CaseWork.Web/CaseWork.Web.csproj src/CaseWork.Web/packages.lock.json src/CaseWork.Web/
RUN dotnet restore src/CaseWork.Web/CaseWork.Web.csproj --locked-mode

COPY src/ src/
# The help page serves the user guide and its screenshots, copied into the output at build (CaseWork.Web.csproj).
COPY docs/user-guide.md docs/
COPY docs/images/ docs/images/
RUN dotnet publish src/CaseWork.Web/CaseWork.Web.csproj --configuration Release --no-restore \
        --output /app/publish -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app

# ASPNETCORE_HTTP_PORTS is emptied so that ASPNETCORE_URLS alone decides (and Kestrel does not warn about both).
# CaseWork dates everything in Swedish time whatever TZ says; TZ only makes the log lines read the same.
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_HTTP_PORTS= \
    TZ=Europe/Stockholm

COPY --from=build /app/publish .

USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["dotnet", "CaseWork.Web.dll"]
